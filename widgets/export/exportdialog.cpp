#include "widgets/export/exportdialog.h"

#include "models/localedates.h"

#include "render/export/csv.h"
#include "render/export/exportservice.h"
#include "render/export/exportsource.h"
#include "widgets/charts/tradeseriespicker.h"
#include "widgets/export/exportregistry.h"
#include "widgets/settings/settings.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace pe {

namespace {} // namespace

QList<ExportDialog::Preset> ExportDialog::presets()
{
    // Print is laid out at its printed size (96 logical pixels to the inch, 23.8 cm wide) and
    // drawn at 3×, 288 dpi: type of 9 pt and more stays 9 pt on paper.
    return {{QStringLiteral("article"), QSize(1200, 675), 1.0},
            {QStringLiteral("slide"), QSize(1920, 1080), 1.0},
            {QStringLiteral("square"), QSize(1080, 1080), 1.0},
            {QStringLiteral("print"), QSize(900, 600), 3.0},
            {QStringLiteral("custom"), QSize(), 0}};
}

ExportDialog::ExportDialog(const ExportContext &context, const QString &viewKey, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_view = new QComboBox(this);
    for (const ExportableView &view : ExportRegistry::views())
        m_view->addItem(QString(), view.key);
    m_view->setCurrentIndex(std::max(0, m_view->findData(viewKey)));
    m_format = new QComboBox(this);
    m_preset = new QComboBox(this);
    for (const Preset &preset : presets())
        m_preset->addItem(QString(), preset.key);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(Exporter::minSide, Exporter::maxSide);
        spin->setSuffix(QStringLiteral(" px"));
        spin->setSingleStep(10);
    }
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(1.0, 3.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(QStringLiteral("×"));
    m_theme = new QComboBox(this);
    for (const QString &key :
         {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("print")})
        m_theme->addItem(QString(), key);
    m_series = new TradeSeriesPicker(this);
    m_series->setChoice(m_context.tradeSeries);
    m_series->setBookOnly(m_context.filter.bookOnly);
    m_excel = new QCheckBox(this);
    m_excel->setObjectName(QStringLiteral("csvForExcel"));
    m_showSelection = new QCheckBox(this);
    m_showSelection->setObjectName(QStringLiteral("showSelection"));
    m_showSelection->setEnabled(m_context.hasSelection());
    m_title = new QLineEdit(this);
    m_subtitle = new QLineEdit(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(70);
    m_sourceLine = new QLabel(this);
    m_sourceLine->setObjectName(QStringLiteral("sourceLine"));
    // Built from the dataset's book and sources: shown as it is, never read as markup.
    m_sourceLine->setTextFormat(Qt::PlainText);
    m_sourceLine->setWordWrap(true);
    m_sourceLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alt = new QPlainTextEdit(this);
    m_alt->setReadOnly(true);
    m_alt->setMaximumHeight(90);
    m_copyAlt = new QPushButton(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](QWidget *field) {
        auto *label = new QLabel(this);
        m_labels.append(label);
        m_rowLabels.insert(field, label);
        form->addRow(label, field);
    };
    addRow(m_view);
    addRow(m_format);
    addRow(m_preset);
    auto *sizeRow = new QWidget(this);
    auto *sizeLayout = new QHBoxLayout(sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addWidget(m_width);
    sizeLayout->addWidget(new QLabel(QStringLiteral("×"), sizeRow));
    sizeLayout->addWidget(m_height);
    addRow(sizeRow);
    addRow(m_scale);
    addRow(m_theme);
    addRow(m_series);
    addRow(m_showSelection);
    addRow(m_excel);
    addRow(m_title);
    addRow(m_subtitle);
    addRow(m_notes);
    addRow(m_sourceLine);
    auto *altBox = new QWidget(this);
    auto *altLayout = new QVBoxLayout(altBox);
    altLayout->setContentsMargins(0, 0, 0, 0);
    altLayout->addWidget(m_alt);
    altLayout->addWidget(m_copyAlt, 0, Qt::AlignRight);
    addRow(altBox);

    m_previewImage = new QLabel(this);
    m_previewImage->setAlignment(Qt::AlignCenter);
    m_previewImage->setMinimumSize(560, 340);
    m_previewImage->setObjectName(QStringLiteral("exportPreview"));
    m_previewText = new QPlainTextEdit(this);
    m_previewText->setReadOnly(true);
    m_previewText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(m_previewImage);
    m_previewStack->addWidget(m_previewText);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // it names files and errors
    m_legibility = new QLabel(this);
    m_legibility->setObjectName(QStringLiteral("legibilityWarning"));
    m_legibility->setWordWrap(true);
    m_legibility->hide();
    m_copy = new QPushButton(this);
    m_saveButton = new QPushButton(this);
    m_saveButton->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(m_copyAlt, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_alt->toPlainText()); });

    auto *left = new QWidget(this);
    left->setLayout(form);
    left->setMaximumWidth(460);
    auto *columns = new QHBoxLayout;
    columns->addWidget(left);
    columns->addWidget(m_previewStack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_legibility);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    connect(m_view, &QComboBox::currentIndexChanged, this, &ExportDialog::viewChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    for (QSpinBox *spin : {m_width, m_height})
        connect(spin, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_series, &TradeSeriesPicker::choiceChanged, this,
            [this](const TradeSeriesChoice &choice) {
                m_context.tradeSeries = choice;
                viewChanged();
            });
    connect(m_series, &TradeSeriesPicker::bookOnlyChanged, this, [this](bool bookOnly) {
        m_context.filter.bookOnly = bookOnly;
        viewChanged();
    });
    connect(m_excel, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_showSelection, &QCheckBox::toggled, this, [this](bool on) {
        m_context.showSelection = on;
        viewChanged();
    });
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleEdited = true;
        schedulePreview();
    });
    connect(m_subtitle, &QLineEdit::textEdited, this, [this] {
        m_subtitleEdited = true;
        schedulePreview();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_notesEdited = true;
        schedulePreview();
    });

    retranslateUi();
    restoreChoices();
    viewChanged();
    resize(1180, 720);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::viewKey() const
{
    return m_view->currentData().toString();
}

const ExportableView *ExportDialog::currentView() const
{
    return ExportRegistry::find(viewKey());
}

ExportSource &ExportDialog::source() const
{
    return *m_source;
}

ExportFormat ExportDialog::exportFormat() const
{
    return formatFromKey(format()).value_or(ExportFormat::Png);
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString &format)
{
    const int index = m_format->findData(format);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportDialog::setPreset(const QString &key)
{
    const int index = m_preset->findData(key);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
}

void ExportDialog::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setCursorPosition(0);
    m_titleEdited = true;
    schedulePreview();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    ExportOptions::formatFromName(format(), &o.format);
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    o.theme = ViewTheme::fromName(m_theme->currentData().toString());
    if (m_excel->isChecked())
        o.csv = CsvDialect::spreadsheet(m_context.dataLanguage);
    return o;
}

ExportDocument ExportDialog::document() const
{
    ExportDocument doc = ExportRegistry::document(*currentView(), source(), m_context);
    doc.title = m_title->text();
    doc.subtitle = m_subtitle->text();
    doc.notes = m_notes->toPlainText();
    return doc;
}

QString ExportDialog::altText() const
{
    return source().altText();
}

void ExportDialog::fillFormats()
{
    const QString previous = format();
    const QSignalBlocker blocker(m_format);
    m_format->clear();
    for (const ExportFormat f : currentView()->formats) {
        QString label;
        switch (f) {
        case ExportFormat::Csv:
            label = tr("CSV (the numbers, UTF-8)");
            break;
        case ExportFormat::Png:
            label = tr("PNG image");
            break;
        case ExportFormat::Svg:
            label = tr("SVG vector image");
            break;
        case ExportFormat::Pdf:
            label = tr("PDF document");
            break;
        }
        m_format->addItem(label, formatKey(f));
    }
    const int index = m_format->findData(previous);
    m_format->setCurrentIndex(index >= 0 ? index : 0);
}

void ExportDialog::viewChanged()
{
    // Only the turnover chart draws a choice of trade lines.
    const bool trade = viewKey() == QLatin1String("turnover");
    m_series->setVisible(trade);
    m_rowLabels.value(m_series)->setVisible(trade);
    m_source = currentView()->build(m_context);
    fillFormats();
    const ExportDocument defaults = ExportRegistry::document(*currentView(), source(), m_context);
    // Long titles show their beginning, where the reader starts, not their end.
    if (!m_titleEdited) {
        m_title->setText(defaults.title);
        m_title->setCursorPosition(0);
    }
    if (!m_subtitleEdited) {
        m_subtitle->setText(defaults.subtitle);
        m_subtitle->setCursorPosition(0);
    }
    if (!m_notesEdited) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(defaults.notes);
    }
    m_sourceLine->setText(defaults.sourceLine);
    m_alt->setPlainText(defaults.description);
    schedulePreview();
}

void ExportDialog::applyPreset()
{
    const QString key = m_preset->currentData().toString();
    const bool custom = key == QLatin1String("custom");
    for (const Preset &preset : presets()) {
        if (preset.key == key && !custom) {
            m_width->setValue(preset.size.width());
            m_height->setValue(preset.size.height());
            m_scale->setValue(preset.scale);
        }
    }
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    const bool csv = format() == QLatin1String("csv");
    const bool image = !csv && format() != QString();
    const bool custom = m_preset->currentData().toString() == QLatin1String("custom");
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_preset, m_theme, m_title, m_subtitle, m_notes})
        w->setEnabled(image);
    for (QWidget *w : std::initializer_list<QWidget *>{m_width, m_height})
        w->setEnabled(image && custom);
    // Pixel density is a PNG's alone: SVG and PDF are drawn at any size.
    m_scale->setEnabled(format() == QLatin1String("png"));
    m_showSelection->setEnabled(image && m_context.hasSelection());
    m_excel->setVisible(csv);
    m_rowLabels.value(m_excel)->setVisible(csv);
    m_copy->setText(csv ? tr("Copy CSV") : tr("Copy Image"));
    if (csv) {
        m_legibility->hide();
        m_previewStack->setCurrentWidget(m_previewText);
        m_previewText->setPlainText(Csv::text(source().csvRows(), options().csv));
        m_preview = QImage();
        return;
    }
    m_previewStack->setCurrentWidget(m_previewImage);
    // The preview is the export itself: laid out and drawn for the chosen size (at 1× at
    // least, as QPainter wants), then shrunk to the space the dialog has.
    ExportOptions o = options();
    // Before the dialog is first laid out the label has no size yet: use its minimum.
    const QSize area = m_previewImage->size().expandedTo(m_previewImage->minimumSize());
    const QSize available = (area - QSize(16, 16)) * devicePixelRatioF();
    const qreal fit = std::min(available.width() / qreal(o.size.width()),
                               available.height() / qreal(o.size.height()));
    o.scale = std::clamp(fit, 1.0, 3.0);
    m_preview = Exporter::image(document(), o)
                    .scaled(available, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_preview.setDevicePixelRatio(devicePixelRatioF());
    m_previewImage->setPixmap(QPixmap::fromImage(m_preview));
    m_status->setText(tr("%1 × %2 px")
                          .arg(qRound(m_width->value() * m_scale->value()))
                          .arg(qRound(m_height->value() * m_scale->value())));
    m_smallestText = Exporter::smallestTextPoints(document(), options());
    const bool tooSmall = m_smallestText > 0 && m_smallestText < Exporter::legiblePoints;
    m_legibility->setVisible(tooSmall);
    if (tooSmall)
        m_legibility->setText(
            tr("Some text is %1 pt at this size, under %2 pt: hard to read in print. Choose a "
               "larger size.")
                .arg(LocaleNumbers::format(m_smallestText, 1))
                .arg(LocaleNumbers::format(Exporter::legiblePoints, 0)));
}

bool ExportDialog::saveTo(const QString &path, QString *error) const
{
    return ExportService::write(path, exportFormat(), document(), options(), source(), error);
}

void ExportDialog::save()
{
    const QString suffix = format();
    const Settings::ExportChoices remembered = Settings::exportChoices();
    const QString folder = remembered.folder.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                               : remembered.folder;
    const QString suggested = folder + QLatin1Char('/') + viewKey() + QLatin1Char('.') + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), suggested, tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    saveAs(path);
}

bool ExportDialog::saveAs(const QString &path)
{
    QString error;
    if (!saveTo(path, &error)) {
        m_status->setText(tr("Not saved: %1").arg(error));
        // A file refused (a device, a link elsewhere) or cut short (a full disk) is told
        // where it cannot be missed; the previous file, if any, is untouched.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export"),
                                    tr("The file was not saved."), QMessageBox::Ok, this);
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    rememberChoices(QFileInfo(path).absolutePath());
    m_status->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

void ExportDialog::copyToClipboard()
{
    ExportService::copyToClipboard(exportFormat(), document(), options(), source());
    rememberChoices();
    m_status->setText(tr("Copied to the clipboard"));
}

void ExportDialog::restoreChoices()
{
    const Settings::ExportChoices choices = Settings::exportChoices();
    fillFormats();
    setFormat(choices.format);
    setPreset(choices.preset);
    applyPreset();
    if (m_preset->currentData().toString() == QLatin1String("custom")) {
        m_width->setValue(choices.width);
        m_height->setValue(choices.height);
    }
    m_scale->setValue(choices.scale);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(choices.theme)));
}

void ExportDialog::rememberChoices(const QString &folder) const
{
    Settings::ExportChoices choices = Settings::exportChoices();
    choices.format = format();
    choices.preset = m_preset->currentData().toString();
    choices.width = m_width->value();
    choices.height = m_height->value();
    choices.scale = m_scale->value();
    choices.theme = m_theme->currentData().toString();
    if (!folder.isEmpty())
        choices.folder = folder;
    Settings::setExportChoices(choices);
}

void ExportDialog::done(int result)
{
    rememberChoices();
    QDialog::done(result);
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    const QStringList labels = {tr("View"),   tr("Format"),  tr("Size"),     tr("Custom size"),
                                tr("Scale"),  tr("Theme"),   tr("Series"),   QString(),
                                QString(),    tr("Title"),   tr("Subtitle"), tr("Notes"),
                                tr("Source"), tr("Alt text")};
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    for (int i = 0; i < m_view->count(); ++i) {
        if (const ExportableView *view = ExportRegistry::find(m_view->itemData(i).toString()))
            m_view->setItemText(i, view->displayName());
    }
    const Preset print = presets().at(3);
    const QLocale locale = LocaleNumbers::numberLocale();
    const QStringList presetNames = {
        tr("Article (1200 × 675)"), tr("Slide (1920 × 1080)"), tr("Square (1080 × 1080)"),
        tr("Print (%1 × %2 cm at %3 dpi)")
            .arg(locale.toString(print.size.width() * 2.54 / 96, 'f', 1),
                 locale.toString(print.size.height() * 2.54 / 96, 'f', 1))
            .arg(qRound(96 * print.scale)),
        tr("Custom")};
    for (int i = 0; i < presetNames.size() && i < m_preset->count(); ++i)
        m_preset->setItemText(i, presetNames.at(i));
    const QStringList themes = {tr("Light"), tr("Dark"), tr("Print (greyscale)")};
    for (int i = 0; i < themes.size() && i < m_theme->count(); ++i)
        m_theme->setItemText(i, themes.at(i));
    m_notes->setPlaceholderText(tr("Optional notes drawn above the source line"));
    m_copyAlt->setText(tr("Copy Alt Text"));
    m_showSelection->setText(tr("Show the selection"));
    m_excel->setText(tr("CSV for Excel"));
    m_excel->setToolTip(tr("A byte order mark so that Excel reads the text right, and in French, "
                           "Russian, Kazakh or Belarusian semicolons between fields and decimal "
                           "commas. Off: plain CSV for scripts and Datawrapper."));
    m_showSelection->setToolTip(
        tr("Draw the record and year selected in the window, as on screen. Off: the file shows "
           "the data alone."));
    m_saveButton->setText(tr("Save…"));
    fillFormats();
    schedulePreview();
}

} // namespace pe
