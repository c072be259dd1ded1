#include "widgets/shell/filterbar.h"

#include "models/datasetloader.h"

#include "models/state/filterstate.h"
#include "models/vocabulary.h"
#include "widgets/style/flowlayout.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace pe {

namespace {
constexpr int firstYear = DatasetLoader::minYear;
constexpr int lastYear = DatasetLoader::maxYear;
} // namespace

FilterBar::FilterBar(FilterState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("filterBar"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);

    auto *years = new QWidget(this);
    years->setObjectName(QStringLiteral("yearsFilter"));
    m_yearsLabel = new QLabel(years);
    auto makeYear = [years](const QString &name) {
        auto *spin = new QSpinBox(years);
        spin->setObjectName(name);
        // 1990 stands for "open": shown as the special value text.
        spin->setRange(firstYear - 1, lastYear);
        spin->setValue(firstYear - 1);
        spin->setAccelerated(true);
        return spin;
    };
    m_from = makeYear(QStringLiteral("fromYear"));
    m_to = makeYear(QStringLiteral("toYear"));
    // Each list as wide as its longest entry, so that no choice is cut short (a combo box
    // clips its text without an ellipsis); the bar wraps instead when the window is narrow.
    const auto makeList = [this](const QString &name) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return combo;
    };
    m_category = makeList(QStringLiteral("categoryFilter"));
    m_region = makeList(QStringLiteral("regionFilter"));
    m_sector = makeList(QStringLiteral("sectorFilter"));
    // Enabled only while a filter is set: the bar's one sign of it, which never moves the
    // other controls (the status bar counts what the filters leave).
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *yearsLayout = new QHBoxLayout(years);
    yearsLayout->setContentsMargins(0, 0, 0, 0);
    yearsLayout->setSpacing(6);
    yearsLayout->addWidget(m_yearsLabel);
    yearsLayout->addWidget(m_from);
    yearsLayout->addWidget(new QLabel(QStringLiteral("–"), years));
    yearsLayout->addWidget(m_to);

    // A row in a wide window; more rows, each whole, in a narrow one.
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addStretchWidget(m_search);
    for (QWidget *item :
         {years, static_cast<QWidget *>(m_category), static_cast<QWidget *>(m_region),
          static_cast<QWidget *>(m_sector), static_cast<QWidget *>(m_clear)})
        layout->addWidget(item);

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::readControls);
    connect(m_from, &QSpinBox::valueChanged, this, &FilterBar::readControls);
    connect(m_to, &QSpinBox::valueChanged, this, &FilterBar::readControls);
    connect(m_category, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    connect(m_region, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    connect(m_sector, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    connect(m_clear, &QToolButton::clicked, m_state, &FilterState::clear);
    connect(m_state, &FilterState::changed, this, &FilterBar::showFilter);

    retranslateUi();
    fillCombos();
}

void FilterBar::setDataset(std::shared_ptr<const Dataset> dataset, const QString &dataLanguage)
{
    m_dataset = std::move(dataset);
    m_language = dataLanguage;
    fillCombos();
}

void FilterBar::selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

const RecordFilter &FilterBar::filter() const
{
    return m_state->filter();
}

void FilterBar::fillCombos()
{
    // Refilling is not a choice of the user's: the filter stays as it is.
    const QSignalBlocker categoryBlocker(m_category);
    const QSignalBlocker sectorBlocker(m_sector);
    const QSignalBlocker regionBlocker(m_region);
    m_category->clear();
    // The items hold the enums; "All" holds nothing.
    m_category->addItem(tr("All categories"));
    for (const Category category : allValues<Category>())
        m_category->addItem(Vocabulary::label(category), QVariant::fromValue(category));

    m_sector->clear();
    m_sector->addItem(tr("All sectors"));
    for (const Sector sector : allValues<Sector>())
        m_sector->addItem(Vocabulary::label(sector), QVariant::fromValue(sector));

    m_region->clear();
    m_region->addItem(tr("All places"), QString());
    if (m_dataset) {
        // Countries first, then each country's regions in alphabetical order: the region
        // filter also matches every city within the region.
        for (const Side country : {Side::Belarus, Side::Kazakhstan}) {
            QList<const Place *> regions;
            for (const Place &p : m_dataset->places) {
                if (p.country != country)
                    continue;
                if (p.kind == PlaceKind::Country)
                    m_region->addItem(p.name.text(m_language), p.id);
                else if (p.kind == PlaceKind::Region)
                    regions.append(&p);
            }
            std::sort(regions.begin(), regions.end(), [this](const Place *a, const Place *b) {
                return a->name.text(m_language).localeAwareCompare(b->name.text(m_language)) < 0;
            });
            for (const Place *p : regions)
                m_region->addItem(QStringLiteral("   ") + p->name.text(m_language), p->id);
        }
        // Cities are reachable too, after the regions.
        for (const Place &p : m_dataset->places) {
            if (p.kind != PlaceKind::Country && p.kind != PlaceKind::Region &&
                m_region->findData(p.id) < 0 && filter().place == p.id)
                m_region->addItem(p.name.text(m_language), p.id);
        }
    }
    showFilter();
}

void FilterBar::offerPlace(const QString &placeId)
{
    // A city chosen elsewhere (the region counts) is not in the list until it is chosen.
    if (placeId.isEmpty() || m_region->findData(placeId) >= 0 || !m_dataset)
        return;
    if (const Place *p = m_dataset->place(placeId))
        m_region->addItem(p->name.text(m_language), p->id);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::showFilter()
{
    const RecordFilter &f = filter();
    {
        // Showing the filter is not editing it.
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        const QSignalBlocker categoryBlocker(m_category);
        const QSignalBlocker regionBlocker(m_region);
        const QSignalBlocker sectorBlocker(m_sector);
        if (m_search->text() != f.text)
            m_search->setText(f.text);
        m_from->setValue(f.fromYear ? f.fromYear : firstYear - 1);
        m_to->setValue(f.toYear ? f.toYear : firstYear - 1);
        selectData(m_category, f.categories.size() == 1
                                   ? QVariant::fromValue(*f.categories.cbegin())
                                   : QVariant());
        offerPlace(f.place);
        selectData(m_region, f.place);
        selectData(m_sector, f.sector ? QVariant::fromValue(*f.sector) : QVariant());
    }
    m_clear->setEnabled(f.isActive());
}

void FilterBar::readControls()
{
    RecordFilter f;
    f.text = m_search->text();
    f.fromYear = m_from->value() >= firstYear ? m_from->value() : 0;
    f.toYear = m_to->value() >= firstYear ? m_to->value() : 0;
    if (const QVariant category = m_category->currentData(); category.isValid())
        f.categories = {category.value<Category>()};
    f.place = m_region->currentData().toString();
    if (const QVariant sector = m_sector->currentData(); sector.isValid())
        f.sector = sector.value<Sector>();
    m_state->setFilter(f);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search events, figures, ventures, places… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_yearsLabel->setText(tr("Years"));
    m_from->setSpecialValueText(tr("from"));
    m_to->setSpecialValueText(tr("to"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_from->setToolTip(tr("First year shown"));
    m_to->setToolTip(tr("Last year shown"));
    m_category->setToolTip(tr("Event category (timeline)"));
    m_region->setToolTip(tr("Region or country: also matches the cities within it"));
    m_sector->setToolTip(tr("Sector of ventures, figures and the events about them"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every record again: clears the search and every filter"));
}

} // namespace pe
