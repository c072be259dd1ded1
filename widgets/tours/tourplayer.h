#pragma once

#include "models/tours/tour.h"

#include <QObject>

#include <optional>

namespace pe {

// Where a lecture is: which step of which tour, and whether the step's held-back record
// has been revealed. The next key first reveals, then moves on.
class TourPlayer : public QObject
{
    Q_OBJECT

public:
    explicit TourPlayer(QObject *parent = nullptr);

    void start(const Tour &tour);
    void stop();
    bool isPlaying() const { return m_tour.has_value(); }
    const Tour *tour() const { return m_tour ? &*m_tour : nullptr; }

    int stepCount() const;
    int currentIndex() const { return m_index; }
    const TourStep *currentStep() const;
    // False while the current step still holds its record back.
    bool isRevealed() const { return m_revealed; }

    void next();
    void previous();
    void goTo(int index);

signals:
    // The window shows the step; revealed says whether its held-back record is shown.
    void stepShown(const pe::TourStep &step, int index, bool revealed);
    void stopped();

private:
    void show();

    std::optional<Tour> m_tour;
    int m_index = 0;
    bool m_revealed = true;
};

} // namespace pe
