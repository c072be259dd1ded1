#include "widgets/charts/tradeseriespicker.h"

#include "models/vocabulary.h"
#include "widgets/style/flowlayout.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>

namespace pe {

namespace {

// The indicator lists on offer, as TradeSeriesChoice keys.
const QStringList indicatorSets = {QStringLiteral("turnover"), QStringLiteral("exports,imports"),
                                   QStringLiteral("balance")};
const QStringList sideSets = {QString(), QStringLiteral("by"), QStringLiteral("kz"),
                              QStringLiteral("compare")};

} // namespace

TradeSeriesPicker::TradeSeriesPicker(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_indicators(new QComboBox(this))
    , m_sides(new QComboBox(this))
    , m_origin(new QComboBox(this))
{
    setObjectName(QStringLiteral("tradeSeriesPicker"));
    m_indicators->setObjectName(QStringLiteral("tradeIndicators"));
    m_sides->setObjectName(QStringLiteral("tradeSides"));
    m_origin->setObjectName(QStringLiteral("tradeOrigin"));
    m_origin->addItem(QString(), false);
    m_origin->addItem(QString(), true);
    for (const QString &key : indicatorSets)
        m_indicators->addItem(QString(), key);
    for (const QString &key : sideSets)
        m_sides->addItem(QString(), key);
    m_label->setBuddy(m_indicators);
    // The lists wrap onto a second row in a narrow window rather than widen it.
    auto *layout = new FlowLayout(this, 6);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *item : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_indicators),
                          static_cast<QWidget *>(m_sides), static_cast<QWidget *>(m_origin)})
        layout->addWidget(item);
    const auto emitChoice = [this] { emit choiceChanged(choice()); };
    connect(m_indicators, &QComboBox::currentIndexChanged, this, emitChoice);
    connect(m_sides, &QComboBox::currentIndexChanged, this, emitChoice);
    connect(m_origin, &QComboBox::currentIndexChanged, this,
            [this] { emit bookOnlyChanged(bookOnly()); });
    retranslateUi();
}

TradeSeriesChoice TradeSeriesPicker::choice() const
{
    QStringList items = m_indicators->currentData().toString().split(QLatin1Char(','));
    const QString side = m_sides->currentData().toString();
    if (side == QLatin1String("compare")) {
        items.append(side);
    } else if (!side.isEmpty()) {
        for (QString &item : items)
            item += QLatin1Char('-') + side;
    }
    return TradeSeriesChoice::parse(items.join(QLatin1Char(','))).value_or(TradeSeriesChoice());
}

void TradeSeriesPicker::setChoice(const TradeSeriesChoice &choice)
{
    const QSignalBlocker indicatorBlocker(m_indicators);
    const QSignalBlocker sideBlocker(m_sides);
    int indicators = 0;
    if (choice.indicators.contains(Indicator::Exports) ||
        choice.indicators.contains(Indicator::Imports))
        indicators = 1;
    else if (choice.indicators == QList<Indicator>{Indicator::Balance})
        indicators = 2;
    m_indicators->setCurrentIndex(indicators);
    int sides = 0;
    if (choice.compareSides)
        sides = 3;
    else if (choice.sides == QList<Side>{Side::Belarus})
        sides = 1;
    else if (choice.sides == QList<Side>{Side::Kazakhstan})
        sides = 2;
    m_sides->setCurrentIndex(sides);
}

bool TradeSeriesPicker::bookOnly() const
{
    return m_origin->currentData().toBool();
}

void TradeSeriesPicker::setBookOnly(bool bookOnly)
{
    const QSignalBlocker blocker(m_origin);
    m_origin->setCurrentIndex(bookOnly ? 1 : 0);
}

void TradeSeriesPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TradeSeriesPicker::retranslateUi()
{
    m_label->setText(tr("&Show"));
    m_indicators->setItemText(0, Vocabulary::label(Indicator::Turnover));
    m_indicators->setItemText(1, tr("Exports and imports"));
    m_indicators->setItemText(2, Vocabulary::label(Indicator::Balance));
    m_sides->setItemText(0, tr("Both sides' figures"));
    m_sides->setItemText(1, Vocabulary::label(Side::Belarus));
    m_sides->setItemText(2, Vocabulary::label(Side::Kazakhstan));
    m_sides->setItemText(3, tr("Both sides, compared"));
    m_sides->setItemData(3,
                         tr("Where both sides give a year, a grey bar spans the difference "
                            "between their figures: Belarusian and Kazakh statistics differ."),
                         Qt::ToolTipRole);
    m_origin->setItemText(0, tr("Book and supplementary figures"));
    m_origin->setItemText(1, tr("Book figures only"));
    m_origin->setItemData(0,
                          tr("Figures from public pages fill the book's gaps, drawn hollow and "
                             "named in the source line."),
                          Qt::ToolTipRole);
    m_origin->setItemData(1, tr("Only the figures the book gives, in every view."),
                          Qt::ToolTipRole);
    m_indicators->setAccessibleName(tr("Trade figures shown"));
    m_sides->setAccessibleName(tr("Whose statistics"));
    m_origin->setAccessibleName(tr("Where the figures come from"));
}

} // namespace pe
