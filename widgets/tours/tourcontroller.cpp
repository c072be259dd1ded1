#include "widgets/tours/tourcontroller.h"

#include "models/state/filterstate.h"
#include "models/state/selectionstate.h"
#include "models/tours/tourloader.h"
#include "models/tours/tourstepsmodel.h"
#include "models/tours/tourwriter.h"
#include "widgets/charts/tradeseriespicker.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/export/exportregistry.h"
#include "widgets/export/tourhandout.h"
#include "widgets/shell/mainmenus.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/presentationmode.h"
#include "widgets/shell/problemsdialog.h"
#include "widgets/shell/recentfiles.h"
#include "widgets/shell/recordformatter.h"
#include "widgets/style/plaintext.h"
#include "widgets/timeline/timelineview.h"
#include "widgets/tours/presenterview.h"
#include "widgets/tours/toureditor.h"
#include "widgets/tours/tourplayer.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QWindow>

#include <cmath>

namespace pe {

namespace {

constexpr int firstYear = 1991; // the years a tour file may name (docs/tours.md)
constexpr int lastYear = 2030;

QString languageOf(const MainWindow *window)
{
    return window->dataLanguage();
}

} // namespace

TourController::TourController(MainWindow *window, MainMenus *menus, PresentationMode *presentation)
    : QObject(window)
    , m_window(window)
    , m_presentation(presentation)
    , m_player(new TourPlayer(this))
    , m_steps(new TourStepsModel(this))
    , m_recent(new RecentFiles(menus->recentTours, RecentFiles::Kind::Tours, this))
{
    m_presentation->setTourPlayer(m_player);
    m_steps->setLanguage(languageOf(window));

    connect(m_player, &TourPlayer::stepShown, this,
            [this](const TourStep &step, int index, bool revealed) {
                applyStep(step, index, revealed);
            });
    connect(m_player, &TourPlayer::stopped, this, [this] {
        if (m_presenter) {
            m_presenter->stopClock();
            m_presenter->hide();
        }
    });
    connect(m_presentation, &PresentationMode::toggled, this, [this](bool on) {
        // Nothing but the slide in front of the class; the editor comes back afterwards.
        if (!m_dock)
            return;
        if (on) {
            m_dockWasVisible = m_dock->isVisible();
            m_dock->hide();
        } else if (m_dockWasVisible) {
            m_dock->show();
        }
    });
    connect(m_steps, &TourStepsModel::modifiedChanged, this, &TourController::updateTitle);
    connect(m_recent, &RecentFiles::openRequested, this,
            [this](const QString &path) { openForEditing(path); });
    connectMenus(menus);
    updateTitle();
}

TourController::~TourController() = default;

void TourController::connectMenus(MainMenus *menus)
{
    // Filled when opened: the tours' titles follow the dataset's language.
    connect(menus->tours, &QMenu::aboutToShow, this, &TourController::fillBuiltInMenu);
    connect(menus->presentTour, &QAction::triggered, this, [this] {
        if (m_steps->rowCount() > 0)
            presentEditedTour(std::max(0, editor()->currentRow()));
        else
            presentFile(TourLoader::builtInPaths().value(0));
    });
    connect(menus->presenterView, &QAction::toggled, this, &TourController::setPresenterViewWanted);
    connect(menus->newTour, &QAction::triggered, this, [this] {
        if (maybeSave()) {
            newTour();
            showEditor();
        }
    });
    connect(menus->openTour, &QAction::triggered, this, &TourController::chooseTourToOpen);
    connect(menus->saveTour, &QAction::triggered, this, &TourController::save);
    connect(menus->saveTourAs, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Tour As"), m_path,
                                                          tr("Tours (*.json);;All files (*)"));
        if (!path.isEmpty())
            saveAs(path);
    });
    m_editAction = menus->editTour;
    connect(m_editAction, &QAction::triggered, this, [this](bool on) {
        if (on)
            showEditor();
        else if (m_dock)
            m_dock->hide();
    });
    connect(menus->addStep, &QAction::triggered, this, [this] {
        showEditor();
        addCurrentView(m_editor->currentRow());
    });
    connect(menus->exportHandout, &QAction::triggered, this, &TourController::chooseHandoutFile);
}

void TourController::ensureEditor()
{
    if (m_dock)
        return;
    m_editor = new TourEditor(m_steps);
    m_dock = new QDockWidget(m_window);
    m_dock->setObjectName(QStringLiteral("tourEditorDock"));
    m_dock->setWidget(m_editor);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->hide();
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    connect(m_editor, &TourEditor::addRequested, this, &TourController::addCurrentView);
    connect(m_editor, &TourEditor::presentRequested, this,
            [this](int row) { presentEditedTour(row); });
    connect(m_editor, &TourEditor::saveRequested, this, &TourController::save);
    connect(m_editor, &TourEditor::currentRowChanged, this,
            [this](int row) { m_editor->setStepSummary(stepSummary(row)); });
    connect(m_dock, &QDockWidget::visibilityChanged, m_editAction, [this] {
        // Hidden by presentation mode or closed by its button: the action says which.
        if (!m_presentation->isOn())
            m_editAction->setChecked(m_dock->isVisible());
    });
    updateTitle();
}

TourEditor *TourController::editor()
{
    ensureEditor();
    return m_editor;
}

QDockWidget *TourController::editorDock()
{
    ensureEditor();
    return m_dock;
}

void TourController::showEditor()
{
    ensureEditor();
    // A tour playing and nothing prepared: the editor starts from a copy of it.
    if (m_steps->rowCount() == 0 && m_player->isPlaying()) {
        m_steps->setTour(*m_player->tour());
        m_path.clear();
        updateTitle();
    }
    m_dock->show();
    m_dock->raise();
}

bool TourController::presentFile(const QString &path, bool quiet, bool fullScreen)
{
    const auto dataset = m_window->store()->dataset();
    if (!dataset)
        return false;
    const TourLoadResult result = TourLoader::loadFile(path, *dataset);
    if (!result.ok()) {
        if (!quiet)
            showProblems(path, result.problems);
        return false;
    }
    return present(*result.tour, 0, fullScreen);
}

bool TourController::presentEditedTour(int fromStep, bool quiet, bool fullScreen)
{
    const QString name =
        m_path.isEmpty() ? tr("the tour being edited") : QFileInfo(m_path).fileName();
    const std::optional<Tour> tour = checked(m_steps->tour(), name, quiet);
    return tour && present(*tour, fromStep, fullScreen);
}

bool TourController::present(const Tour &tour, int fromStep, bool fullScreen)
{
    const QString language = languageOf(m_window);
    QStringList stepTitles;
    for (const TourStep &step : tour.steps) {
        const QString caption = step.caption.text(language);
        stepTitles.append(caption.left(caption.indexOf(QLatin1Char('.')) + 1).left(90));
    }
    m_presentation->setTourTitles(tour.title.text(language), stepTitles);
    if (!m_presentation->isOn())
        m_window->setPresentationMode(true, fullScreen);
    // With a second screen the lecturer's view opens there by itself, as in PowerPoint.
    QScreen *audience = m_window->windowHandle() ? m_window->windowHandle()->screen() : nullptr;
    QScreen *lecturer = PresenterView::lecturerScreen(audience);
    if (m_presenterWanted || lecturer) {
        if (!m_presenter) {
            m_presenter = new PresenterView(m_window);
            m_presentation->addKeyWindow(m_presenter);
        }
        if (lecturer)
            m_presenter->placeOn(lecturer);
        else
            m_presenter->resize(960, 600);
        m_presenter->show();
        m_presenter->startClock();
    }
    m_player->start(tour);
    if (fromStep > 0)
        m_player->goTo(fromStep);
    return true;
}

void TourController::setPresenterViewWanted(bool wanted)
{
    m_presenterWanted = wanted;
    if (!wanted && m_presenter && !PresenterView::lecturerScreen(nullptr))
        m_presenter->hide();
}

std::optional<Tour> TourController::checked(const Tour &tour, const QString &fileName,
                                            bool quiet) const
{
    const auto dataset = m_window->store()->dataset();
    if (!dataset)
        return std::nullopt;
    // What is presented is what would be saved and opened again; a tour not yet saved has
    // the name and title it would get.
    Tour complete = tour;
    if (complete.id.isEmpty())
        complete.id = QStringLiteral("untitled");
    if (complete.title.isEmpty())
        complete.title.en = tr("Untitled tour");
    TourLoadResult result = TourLoader::loadBytes(TourWriter::toJson(complete), fileName, *dataset);
    if (!result.ok()) {
        if (!quiet)
            showProblems(fileName, result.problems);
        return std::nullopt;
    }
    return std::move(result.tour);
}

void TourController::showProblems(const QString &fileName, const DatasetProblems &problems) const
{
    auto *dialog = new ProblemsDialog(fileName, problems, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TourController::fillBuiltInMenu()
{
    auto *menu = qobject_cast<QMenu *>(sender());
    if (!menu)
        return;
    menu->clear();
    const auto dataset = m_window->store()->dataset();
    for (const QString &path : TourLoader::builtInPaths()) {
        const TourLoadResult tour =
            dataset ? TourLoader::loadFile(path, *dataset) : TourLoadResult();
        // A built-in tour that does not fit the open dataset (another file) is left out.
        if (!tour.ok())
            continue;
        QAction *action = menu->addAction(tour.tour->title.text(languageOf(m_window)));
        connect(action, &QAction::triggered, this, [this, path] { presentFile(path); });
    }
    menu->addSeparator();
    QAction *open = menu->addAction(tr("Present a Tour File…"));
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Present a Tour"), QString(),
                                                          tr("Tours (*.json);;All files (*)"));
        if (!path.isEmpty())
            presentFile(path);
    });
}

void TourController::applyStep(const TourStep &step, int index, bool revealed)
{
    const bool holding = !revealed && !step.revealRecord.isEmpty();
    RecordFilter filter = step.filter;
    if (holding)
        filter.heldBack.insert(step.revealRecord);
    m_window->filterState()->setFilter(filter);
    const int view = MainWindow::viewFromKey(step.view);
    if (view >= 0)
        m_window->showView(MainWindow::View(view));
    if (const auto series = TradeSeriesChoice::parse(step.series);
        series && !step.series.isEmpty()) {
        m_window->seriesPicker()->setChoice(*series);
        m_window->turnoverChart()->setSeries(*series);
    }
    if (step.timelineYears)
        m_window->timeline()->setVisibleRange(step.timelineYears->first,
                                              step.timelineYears->second + 1);
    // The answer of a reveal is what the detail pane shows once revealed; before, nothing
    // that gives it away.
    const QString select = !step.revealRecord.isEmpty() && revealed      ? step.revealRecord
                           : holding && step.select == step.revealRecord ? QString()
                                                                         : step.select;
    if (select.isEmpty())
        m_window->selectionState()->clear();
    else
        m_window->selectRecord(select);
    if (step.highlightYear)
        m_window->selectionState()->setMarkedYear(step.highlightYear);
    // The detail pane takes room from the slide only when the step shows a record.
    m_presentation->setDetailShown(!select.isEmpty());
    const QString language = languageOf(m_window);
    const QString sources = holding ? QString() : sourcesText(step.sources);
    m_presentation->showCaption(
        holding ? step.revealPrompt.text(language) : step.caption.text(language), sources);
    if (m_presenter && m_presenter->isVisible() && m_player->tour())
        m_presenter->showStep(*m_player->tour(), index, revealed, m_window->exportContext(),
                              sourcesText(step.sources));
}

QString TourController::sourcesText(const QStringList &sourceIds) const
{
    const auto dataset = m_window->store()->dataset();
    if (!dataset)
        return {};
    QStringList notes;
    QStringList outlets;
    for (const QString &id : sourceIds) {
        const Source *source = dataset->source(id);
        if (!source)
            continue;
        if (source->footnote > 0)
            notes.append(QString::number(source->footnote));
        else if (!source->outlet.isEmpty() && !outlets.contains(source->outlet))
            outlets.append(source->outlet);
    }
    QStringList parts;
    if (!notes.isEmpty())
        parts.append(notes.size() == 1
                         ? tr("Book, note %1").arg(notes.first())
                         : tr("Book, notes %1").arg(notes.join(QStringLiteral(", "))));
    if (!outlets.isEmpty())
        parts.append(tr("not from the book: %1").arg(outlets.join(QStringLiteral(", "))));
    return parts.isEmpty() ? QString() : tr("Sources: %1").arg(parts.join(QStringLiteral(" · ")));
}

void TourController::newTour()
{
    Tour tour;
    m_steps->setLanguage(languageOf(m_window));
    m_steps->setTour(tour);
    m_path.clear();
    updateTitle();
}

bool TourController::openForEditing(const QString &path, bool quiet)
{
    const auto dataset = m_window->store()->dataset();
    if (!dataset || !maybeSave())
        return false;
    const TourLoadResult result = TourLoader::loadFile(path, *dataset);
    if (!result.ok()) {
        if (!quiet)
            showProblems(path, result.problems);
        return false;
    }
    m_steps->setLanguage(languageOf(m_window));
    m_steps->setTour(*result.tour);
    // A built-in tour is a starting point: saving asks where to keep the copy.
    const bool builtIn = path.startsWith(QLatin1Char(':'));
    m_path = builtIn ? QString() : QFileInfo(path).absoluteFilePath();
    if (!builtIn)
        m_recent->add(path);
    updateTitle();
    showEditor();
    return true;
}

void TourController::chooseTourToOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Tour"), QString(),
                                                      tr("Tours (*.json);;All files (*)"));
    if (!path.isEmpty())
        openForEditing(path);
}

bool TourController::save()
{
    if (!m_path.isEmpty())
        return saveAs(m_path);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString suggested = m_steps->title().isEmpty() ? tr("tour") : m_steps->title();
    suggested.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Tour"), QStringLiteral("%1/%2.json").arg(folder, suggested),
        tr("Tours (*.json);;All files (*)"));
    return !path.isEmpty() && saveAs(path);
}

bool TourController::saveAs(const QString &path, bool quiet)
{
    Tour tour = m_steps->tour();
    // The file names the tour; a tour without a title takes the file's name.
    tour.id = QFileInfo(path).completeBaseName();
    if (tour.title.isEmpty())
        tour.title.en = tour.id;
    QString error;
    if (!TourWriter::save(tour, path, &error)) {
        if (!quiet)
            plaintext::messageBox(m_window, QMessageBox::Warning, tr("Save Tour"), error);
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_recent->add(m_path);
    m_steps->setModified(false);
    updateTitle();
    // Saved as it is, so nothing is lost; what would keep it from opening is said now.
    checked(tour, QFileInfo(path).fileName(), quiet);
    return true;
}

TourStep TourController::captureStep() const
{
    const ExportContext context = m_window->exportContext();
    TourStep step;
    const int tab = m_window->tabs()->currentIndex();
    step.view = MainWindow::viewKey(MainWindow::View(tab));
    step.filter = context.filter;
    step.filter.heldBack.clear();
    const auto dataset = context.dataset;
    // A record only where the view shows it (an event on the timeline, a figure on a chart).
    if (dataset && !context.selectedId.isEmpty() &&
        TourLoader::viewsOf(*dataset, context.selectedId).contains(step.view))
        step.select = context.selectedId;
    if (step.view == QLatin1String("timeline") && context.timelineRange) {
        const int from = int(std::floor(context.timelineRange->first));
        const int to = int(std::ceil(context.timelineRange->second)) - 1;
        step.timelineYears = std::make_pair(std::clamp(from, firstYear, lastYear),
                                            std::clamp(std::max(from, to), firstYear, lastYear));
    }
    if (step.view == QLatin1String("turnover"))
        step.series = context.tradeSeries.toString();
    if (context.markedYear >= firstYear && context.markedYear <= lastYear)
        step.highlightYear = context.markedYear;
    const QString language = languageOf(m_window);
    if (dataset && !step.select.isEmpty()) {
        const RecordFormatter formatter(*dataset, language);
        step.sources = dataset->sourcesOf(step.select);
        // A first caption to change: the record's title, never empty.
        const QString title = formatter.title(step.select);
        if (language == QLatin1String("fr"))
            step.caption.fr = title;
        else if (language == QLatin1String("ru"))
            step.caption.ru = title;
        else
            step.caption.en = title;
    }
    if (step.caption.isEmpty()) {
        const QString tabTitle = m_window->tabs()->tabText(tab).remove(QLatin1Char('&'));
        if (language == QLatin1String("fr"))
            step.caption.fr = tabTitle;
        else if (language == QLatin1String("ru"))
            step.caption.ru = tabTitle;
        else
            step.caption.en = tabTitle;
    }
    return step;
}

void TourController::addCurrentView(int afterRow)
{
    const int row = afterRow < 0 ? m_steps->rowCount() : afterRow + 1;
    ensureEditor();
    m_steps->insertStep(row, captureStep());
    if (!m_presentation->isOn())
        m_dock->show();
    m_editor->setCurrentRow(row);
    m_editor->captionEdit()->setFocus();
    m_editor->captionEdit()->selectAll();
}

QString TourController::stepSummary(int row) const
{
    const auto dataset = m_window->store()->dataset();
    if (!dataset || row < 0 || row >= m_steps->rowCount())
        return {};
    const TourStep &step = m_steps->step(row);
    QStringList parts;
    const int view = MainWindow::viewFromKey(step.view);
    if (view >= 0)
        parts.append(m_window->tabs()->tabText(view).remove(QLatin1Char('&')));
    ExportContext context;
    context.dataset = dataset;
    context.filter = step.filter;
    context.dataLanguage = languageOf(m_window);
    if (const QString filters = ExportRegistry::filterDescription(context); !filters.isEmpty())
        parts.append(filters);
    if (!step.select.isEmpty())
        parts.append(RecordFormatter(*dataset, context.dataLanguage).title(step.select));
    if (step.highlightYear)
        parts.append(tr("year %1 marked").arg(step.highlightYear));
    if (const QString sources = sourcesText(step.sources); !sources.isEmpty())
        parts.append(sources);
    return parts.join(QStringLiteral(" · "));
}

bool TourController::writeHandout(const Tour &tour, const QString &path, QString *error) const
{
    ExportContext base;
    base.dataset = m_window->store()->dataset();
    base.dataLanguage = languageOf(m_window);
    return TourHandout::write(path, tour, base, ViewTheme::light(), error);
}

void TourController::chooseHandoutFile()
{
    // The tour in the editor, else the one playing.
    std::optional<Tour> tour;
    if (m_steps->rowCount() > 0)
        tour = checked(m_steps->tour(), tr("the tour being edited"), false);
    else if (m_player->isPlaying())
        tour = *m_player->tour();
    if (!tour) {
        if (m_steps->rowCount() == 0)
            QMessageBox::information(m_window, tr("Export Handout"),
                                     tr("Open or prepare a tour first: a handout has a page "
                                        "for each of its steps."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tour->id.isEmpty() ? tr("handout") : tour->id;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Handout"),
                                                      QStringLiteral("%1/%2.pdf").arg(folder, name),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeHandout(*tour, path, &error))
        plaintext::messageBox(m_window, QMessageBox::Warning, tr("Export Handout"), error);
}

bool TourController::maybeSave()
{
    if (!m_steps->isModified())
        return true;
    // The title is the tour's own text: shown as it is.
    const auto answer = plaintext::messageBox(
        m_window, QMessageBox::Question, tr("Unsaved Tour"),
        tr("The tour “%1” has changes that are not saved. Save them?")
            .arg(m_steps->title().isEmpty() ? tr("Untitled") : m_steps->title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void TourController::updateTitle()
{
    if (!m_dock)
        return;
    const QString name = m_path.isEmpty() ? tr("Untitled tour") : QFileInfo(m_path).fileName();
    m_dock->setWindowTitle(m_steps->isModified() ? tr("Tour: %1 (changed)").arg(name)
                                                 : tr("Tour: %1").arg(name));
}

} // namespace pe
