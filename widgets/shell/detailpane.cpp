#include "widgets/shell/detailpane.h"

#include "models/files/outputfiles.h"
#include "models/state/selectionstate.h"
#include "models/weburl.h"
#include "widgets/shell/recordformatter.h"
#include "widgets/style/plaintext.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pe {

DetailPane::DetailPane(SelectionState *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("detailPane"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(14);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPane::openLink);
    connect(m_browser, &QTextBrowser::highlighted, this, &DetailPane::showLinkAddress);

    m_back = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    m_back->setShortcut(QKeySequence::Back);
    connect(m_back, &QAction::triggered, this, &DetailPane::goBack);
    m_forward = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this);
    m_forward->setShortcut(QKeySequence::Forward);
    connect(m_forward, &QAction::triggered, this, &DetailPane::goForward);
    m_clear = new QAction(this);
    m_clear->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_clear, &QAction::triggered, m_selection, &SelectionState::clear);
    m_copyCitation = new QAction(this);
    m_copyCitation->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(m_copyCitation, &QAction::triggered, this, [this] { copyCitation(m_citationStyle); });
    for (QAction *action : {m_back, m_forward, m_clear, m_copyCitation})
        action->setShortcutContext(Qt::WindowShortcut);
    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAutoRaise(true);
    m_backButton->setDefaultAction(m_back);
    m_forwardButton = new QToolButton(this);
    m_forwardButton->setObjectName(QStringLiteral("forwardButton"));
    m_forwardButton->setAutoRaise(true);
    m_forwardButton->setDefaultAction(m_forward);
    m_citeButton = new QPushButton(this);
    m_citeButton->setObjectName(QStringLiteral("citeButton"));
    m_citeButton->setEnabled(false);
    m_citeMenu = new QMenu(m_citeButton);
    m_citeButton->setMenu(m_citeMenu);
    connect(m_citeMenu, &QMenu::aboutToShow, this, &DetailPane::buildCiteMenu);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("citeStatus"));
    m_status->setTextFormat(Qt::PlainText); // file names, addresses

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(m_backButton);
    bar->addWidget(m_forwardButton);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_citeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    retranslateUi();
    connect(m_selection, &SelectionState::changed, this, &DetailPane::followSelection);
    followSelection();
}

void DetailPane::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_history.restart(m_id);
    updateActions();
    refresh();
}

void DetailPane::setLanguage(const QString &dataLanguage)
{
    m_language = dataLanguage;
    // Until the reader picks a style: GOST for those who read Russian (the universities of
    // Belarus, Kazakhstan and Russia ask for it), Chicago for the others.
    if (!m_citationStyleChosen)
        m_citationStyle =
            dataLanguage == QLatin1String("ru") ? CitationStyle::Gost : CitationStyle::Chicago;
    refresh();
}

void DetailPane::followSelection()
{
    const QString id = m_selection->currentId();
    const int year = id.isEmpty() ? m_selection->markedYear() : 0;
    if (id == m_id && year == m_year)
        return;
    m_history.visit(id);
    m_id = id;
    m_year = year;
    m_hiddenByFilters = false; // the window says so again for the new record, if it must
    updateActions();
    refresh();
}

void DetailPane::updateActions()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
    m_clear->setEnabled(!m_id.isEmpty() || m_year != 0);
}

void DetailPane::goBack()
{
    if (const QString id = m_history.back(); !id.isEmpty())
        m_selection->setCurrentId(id);
    updateActions();
}

void DetailPane::goForward()
{
    if (const QString id = m_history.forward(); !id.isEmpty())
        m_selection->setCurrentId(id);
    updateActions();
}

void DetailPane::setHiddenByFilters(bool hidden)
{
    if (hidden == m_hiddenByFilters)
        return;
    m_hiddenByFilters = hidden;
    refresh();
}

QString DetailPane::html() const
{
    return m_browser->toHtml();
}

void DetailPane::setFontScale(qreal scale)
{
    QFont f = font();
    f.setPointSizeF(QApplication::font().pointSizeF() * scale);
    m_browser->setFont(f);
    m_browser->document()->setDefaultFont(f);
    refresh();
}

void DetailPane::refresh()
{
    m_status->clear();
    const QStringList sources = citedSources();
    QString html;
    if (m_dataset) {
        const RecordFormatter formatter(*m_dataset, m_language);
        html = m_year ? formatter.yearHtml(m_year) : formatter.html(m_id);
        if (!html.isEmpty())
            html += citationHtml(sources);
        if (!html.isEmpty() && m_hiddenByFilters && !m_year)
            html = hiddenNote() + html;
    }
    if (html.isEmpty())
        html = QStringLiteral("<div style=\"margin-top:40px\" align=\"center\"><p><b>%1</b></p>"
                              "<p>%2</p></div>")
                   .arg(tr("Nothing selected").toHtmlEscaped(),
                        tr("Select an event, a figure, a venture or a partnership to read what "
                           "the book says and where it comes from.")
                            .toHtmlEscaped());
    // Qt colours links from the application's palette, not the pane's: on presentation
    // mode's dark ground they would stay dark blue. The pane's own link colour is given.
    m_browser->document()->setDefaultStyleSheet(
        QStringLiteral("a { color: %1; }").arg(m_browser->palette().color(QPalette::Link).name()));
    m_browser->setHtml(html);
    m_citeButton->setEnabled(!sources.isEmpty());
    m_copyCitation->setEnabled(!sources.isEmpty());
    buildCiteMenu();
}

// Above a record the filters hide: why no view shows it, and the way back.
QString DetailPane::hiddenNote() const
{
    return QStringLiteral("<p style=\"background-color:%1; color:%2; padding:4px\">%3 "
                          "<a href=\"filters:clear\">%4</a></p>")
        .arg(palette().color(QPalette::AlternateBase).name(),
             palette().color(QPalette::Text).name(),
             tr("Hidden by the current filters: no view shows this record.").toHtmlEscaped(),
             tr("Clear the filters").toHtmlEscaped());
}

// "How to cite", in the style chosen in the Cite menu: what a student pastes, on view.
QString DetailPane::citationHtml(const QStringList &sources) const
{
    if (!m_citationShown || sources.isEmpty())
        return {};
    const CitationWriter writer(*m_dataset);
    QString entries;
    const QStringList lines =
        writer.bibliography(sources, m_citationStyle, true).split(QStringLiteral("<br>\n"));
    for (const QString &line : lines)
        entries += QStringLiteral("<p style=\"margin-top:2px\">%1</p>")
                       .arg(RecordFormatter::withBreaks(line));
    return QStringLiteral("<h4 style=\"margin-bottom:0\">%1</h4>%2")
        .arg(tr("How to cite (%1)").arg(styleName(m_citationStyle)).toHtmlEscaped(), entries);
}

void DetailPane::setCitationShown(bool shown)
{
    if (m_citationShown == shown)
        return;
    m_citationShown = shown;
    refresh();
}

void DetailPane::setCitationStyle(CitationStyle style)
{
    m_citationStyleChosen = true;
    if (m_citationStyle == style)
        return;
    m_citationStyle = style;
    refresh();
}

QStringList DetailPane::citedSources() const
{
    if (!m_dataset)
        return {};
    QStringList ids;
    const QStringList records =
        m_year ? RecordFormatter(*m_dataset, m_language).recordsOfYear(m_year) : QStringList{m_id};
    for (const QString &record : records) {
        for (const QString &source : m_dataset->sourcesOf(record)) {
            if (!ids.contains(source))
                ids.append(source);
        }
    }
    return ids;
}

void DetailPane::buildCiteMenu()
{
    m_citeMenu->clear();
    const QList<std::pair<CitationStyle, QString>> text = {
        {CitationStyle::Chicago, tr("Copy in Chicago Style")},
        {CitationStyle::Apa, tr("Copy in APA Style")},
        {CitationStyle::Gost, tr("Copy in GOST Style")}};
    for (const auto &[style, label] : text) {
        const CitationStyle chosen = style;
        m_citeMenu->addAction(label, this, [this, chosen] { copyCitation(chosen); });
    }
    m_citeMenu->addSeparator();
    const QList<std::pair<CitationStyle, QString>> files = {
        {CitationStyle::Bibtex, tr("Save as BibTeX (.bib)…")},
        {CitationStyle::Ris, tr("Save as RIS (.ris)…")},
        {CitationStyle::CslJson, tr("Save as CSL-JSON (.json)…")}};
    for (const auto &[style, label] : files) {
        const CitationStyle chosen = style;
        m_citeMenu->addAction(label, this, [this, chosen] { saveCitation(chosen); });
    }
    m_citeMenu->addSeparator();
    QMenu *shown = m_citeMenu->addMenu(tr("Style Shown Below"));
    auto *group = new QActionGroup(shown);
    for (const auto &[style, label] : text) {
        const CitationStyle chosen = style;
        QAction *action =
            shown->addAction(styleName(style), this, [this, chosen] { setCitationStyle(chosen); });
        action->setCheckable(true);
        action->setChecked(style == m_citationStyle);
        group->addAction(action);
    }
}

QString DetailPane::styleName(CitationStyle style)
{
    switch (style) {
    case CitationStyle::Chicago:
        return tr("Chicago");
    case CitationStyle::Apa:
        return tr("APA");
    case CitationStyle::Gost:
        return tr("GOST");
    default:
        return {};
    }
}

void DetailPane::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("record"))
        m_selection->setCurrentId(url.path());
    else if (url.scheme() == QLatin1String("year"))
        m_selection->selectYear(url.path().toInt());
    else if (url.scheme() == QLatin1String("filters"))
        emit clearFiltersRequested();
    else if (weburl::isWeb(url))
        QDesktopServices::openUrl(url);
    // Anything else (file:, javascript:, a scheme that merely starts with "http") is never
    // handed to the desktop: a dataset's links lead to web pages only.
}

void DetailPane::showLinkAddress(const QUrl &url)
{
    // Where a web link leads, before it is followed: in a tooltip and the window's status bar.
    const QString address = weburl::isWeb(url) ? url.toDisplayString() : QString();
    m_browser->setToolTip(address.isEmpty() ? QString() : plaintext::toolTip(address));
    emit linkHovered(address);
}

void DetailPane::copyCitation(CitationStyle style)
{
    const QStringList sources = citedSources();
    if (sources.isEmpty())
        return;
    const CitationWriter writer(*m_dataset);
    // Rich text for a word processor (italics, links), plain text for everything else.
    auto *data = new QMimeData;
    data->setText(writer.bibliography(sources, style));
    data->setHtml(writer.bibliography(sources, style, true));
    QApplication::clipboard()->setMimeData(data);
    // The style copied is the one a reader works in: the pane shows it from now on.
    setCitationStyle(style);
    m_status->setText(tr("Citation copied"));
    QTimer::singleShot(2500, m_status, &QLabel::clear);
}

void DetailPane::saveCitation(CitationStyle style)
{
    const QStringList sources = citedSources();
    if (sources.isEmpty())
        return;
    const QString suffix = style == CitationStyle::Bibtex ? QStringLiteral("bib")
                           : style == CitationStyle::Ris  ? QStringLiteral("ris")
                                                          : QStringLiteral("json");
    const QString name = (m_year ? QString::number(m_year) : m_id) + QLatin1Char('.') + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Citation"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
            name);
    if (path.isEmpty())
        return;
    const CitationWriter writer(*m_dataset);
    // The same rules as every file the app writes: a regular file, whole or not at all.
    QString error;
    if (!OutputFiles::write(path, writer.bibliography(sources, style).toUtf8(), &error)) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("Citation saved"));
    QTimer::singleShot(2500, m_status, &QLabel::clear);
}

void DetailPane::changeEvent(QEvent *event)
{
    // The record's text is refreshed by setLanguage, which the window calls once per switch.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void DetailPane::retranslateUi()
{
    m_citeButton->setText(tr("Cite"));
    m_citeMenu->setTitle(tr("Cite"));
    buildCiteMenu();
    // The shortcut in the tooltip, where a reader hovering the button looks for it.
    const auto withKeys = [](QAction *action, const QString &text) {
        action->setText(text);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            text, action->shortcut().toString(QKeySequence::NativeText)));
    };
    withKeys(m_back, tr("Back"));
    withKeys(m_forward, tr("Forward"));
    withKeys(m_clear, tr("Clear Selection"));
    withKeys(m_copyCitation, tr("Copy Citation"));
    m_citeButton->setToolTip(
        tr("Cite this record's sources, or a year's, in a style: copy them or save them for a "
           "reference manager (%1 copies in the style shown below)")
            .arg(m_copyCitation->shortcut().toString(QKeySequence::NativeText)));
    m_browser->setAccessibleName(tr("Details"));
    m_browser->setAccessibleDescription(
        tr("What is selected, with its sources; Tab moves between its links."));
}

} // namespace pe
