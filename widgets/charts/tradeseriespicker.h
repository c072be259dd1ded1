#pragma once

#include "models/chartdata/tradeserieschoice.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace pe {

// The journalist's choice of trade lines, above the turnover chart and in the export dialog:
// which figures (turnover; exports and imports; balance), whose (both sides, Belarusian or
// Kazakh statistics), and from where (the book and supplementary pages, or the book only).
// One choice at a time, so the chart never shows all eight lines.
class TradeSeriesPicker : public QWidget
{
    Q_OBJECT

public:
    explicit TradeSeriesPicker(QWidget *parent = nullptr);

    TradeSeriesChoice choice() const;
    // A choice the lists cannot show exactly (from the command line) shows its nearest.
    void setChoice(const TradeSeriesChoice &choice);

    // The book's figures alone: the filter's book-only choice, which every view follows.
    bool bookOnly() const;
    void setBookOnly(bool bookOnly);

signals:
    void choiceChanged(const TradeSeriesChoice &choice);
    void bookOnlyChanged(bool bookOnly);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    QComboBox *m_indicators = nullptr;
    QComboBox *m_sides = nullptr;
    QComboBox *m_origin = nullptr;
};

} // namespace pe
