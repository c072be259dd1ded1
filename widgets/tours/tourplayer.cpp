#include "widgets/tours/tourplayer.h"

#include <algorithm>

namespace pe {

TourPlayer::TourPlayer(QObject *parent)
    : QObject(parent)
{}

void TourPlayer::start(const Tour &tour)
{
    m_tour = tour;
    m_index = 0;
    show();
}

void TourPlayer::stop()
{
    if (!m_tour)
        return;
    m_tour.reset();
    emit stopped();
}

int TourPlayer::stepCount() const
{
    return m_tour ? int(m_tour->steps.size()) : 0;
}

const TourStep *TourPlayer::currentStep() const
{
    return m_tour && m_index < m_tour->steps.size() ? &m_tour->steps.at(m_index) : nullptr;
}

void TourPlayer::next()
{
    if (!m_tour)
        return;
    // A step with a reveal takes two keys: the first shows what the class guessed about.
    if (!m_revealed) {
        m_revealed = true;
        emit stepShown(*currentStep(), m_index, true);
        return;
    }
    if (m_index + 1 < stepCount()) {
        ++m_index;
        show();
    }
}

void TourPlayer::previous()
{
    if (m_tour && m_index > 0) {
        --m_index;
        show();
    }
}

void TourPlayer::goTo(int index)
{
    if (!m_tour)
        return;
    m_index = std::clamp(index, 0, stepCount() - 1);
    show();
}

void TourPlayer::show()
{
    const TourStep *step = currentStep();
    if (!step)
        return;
    m_revealed = step->revealRecord.isEmpty();
    emit stepShown(*step, m_index, m_revealed);
}

} // namespace pe
