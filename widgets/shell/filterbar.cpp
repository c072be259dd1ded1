#include "widgets/shell/filterbar.h"

#include "models/datasetloader.h"

#include "models/state/filterstate.h"
#include "models/vocabulary.h"

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
    m_search->setMinimumWidth(240);

    m_yearsLabel = new QLabel(this);
    auto makeYear = [this](const QString &name) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(name);
        // 1990 stands for "open": shown as the special value text.
        spin->setRange(firstYear - 1, lastYear);
        spin->setValue(firstYear - 1);
        spin->setAccelerated(true);
        return spin;
    };
    m_from = makeYear(QStringLiteral("fromYear"));
    m_to = makeYear(QStringLiteral("toYear"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_region->setMinimumContentsLength(16);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("sectorFilter"));
    m_sector->setMinimumContentsLength(14);
    m_sector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_active = new QLabel(this);
    m_active->setObjectName(QStringLiteral("filtersActive"));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(8);
    layout->addWidget(m_search, 3);
    layout->addSpacing(6);
    layout->addWidget(m_yearsLabel);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_category, 1);
    layout->addWidget(m_region, 1);
    layout->addWidget(m_sector, 1);
    layout->addWidget(m_active);
    layout->addWidget(m_clear);

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
    const bool active = f.isActive();
    m_active->setVisible(active);
    m_clear->setEnabled(active);
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
    m_from->setToolTip(tr("First year shown"));
    m_to->setToolTip(tr("Last year shown"));
    m_category->setToolTip(tr("Event category (timeline)"));
    m_region->setToolTip(tr("Region or country: also matches the cities within it"));
    m_sector->setToolTip(tr("Sector of ventures, figures and the events about them"));
    m_active->setText(QStringLiteral("<b>%1</b>").arg(tr("Filters active").toHtmlEscaped()));
    m_clear->setText(tr("Clear filters"));
}

} // namespace pe
