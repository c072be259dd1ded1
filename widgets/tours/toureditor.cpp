#include "widgets/tours/toureditor.h"

#include "models/tours/tourstepsmodel.h"
#include "widgets/style/plaintext.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pe {

namespace {

QToolButton *toolButton(QStyle::StandardPixmap icon, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setAutoRaise(true);
    return button;
}

} // namespace

TourEditor::TourEditor(TourStepsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLineEdit(this))
    , m_steps(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_up(toolButton(QStyle::SP_ArrowUp, this))
    , m_down(toolButton(QStyle::SP_ArrowDown, this))
    , m_remove(toolButton(QStyle::SP_TrashIcon, this))
    , m_summary(new QLabel(this))
    , m_captionLabel(new QLabel(this))
    , m_captionCount(new QLabel(this))
    , m_caption(new QPlainTextEdit(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_present(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("tourEditor"));
    m_title->setObjectName(QStringLiteral("tourTitle"));
    m_steps->setObjectName(QStringLiteral("tourSteps"));
    m_caption->setObjectName(QStringLiteral("stepCaption"));
    m_notes->setObjectName(QStringLiteral("stepNotes"));
    m_steps->setModel(model);
    // The row header numbers the steps: "go to step 7" is read off it.
    m_steps->horizontalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setTabKeyNavigation(false);
    m_steps->setWordWrap(false);
    plaintext::keepItemToolTipsPlain(m_steps); // the captions are the tour's text
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // names from the dataset are never markup
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_captionCount->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);
    m_caption->setMinimumHeight(m_caption->fontMetrics().lineSpacing() * 4);
    m_captionLabel->setBuddy(m_caption);
    m_notesLabel->setBuddy(m_notes);
    m_present->setDefault(true);

    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_add);
    stepButtons->addStretch();
    stepButtons->addWidget(m_up);
    stepButtons->addWidget(m_down);
    stepButtons->addWidget(m_remove);
    auto *captionHeader = new QHBoxLayout;
    captionHeader->addWidget(m_captionLabel);
    captionHeader->addStretch();
    captionHeader->addWidget(m_captionCount);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addStretch();
    actions->addWidget(m_present);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_steps, 2);
    layout->addLayout(stepButtons);
    layout->addWidget(m_summary);
    layout->addLayout(captionHeader);
    layout->addWidget(m_caption, 1);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addLayout(actions);

    connect(m_title, &QLineEdit::textEdited, m_model, &TourStepsModel::setTitle);
    connect(m_add, &QToolButton::clicked, this,
            [this] { emit addRequested(currentRow() >= 0 ? currentRow() : -1); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_remove, &QToolButton::clicked, this, &TourEditor::removeCurrent);
    connect(m_present, &QPushButton::clicked, this,
            [this] { emit presentRequested(std::max(0, currentRow())); });
    connect(m_save, &QPushButton::clicked, this, &TourEditor::saveRequested);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showStep(current.row());
                emit currentRowChanged(current.row());
            });
    connect(m_caption, &QPlainTextEdit::textChanged, this, [this] {
        updateCaptionCount();
        if (!m_loading && currentRow() >= 0)
            m_model->setData(m_model->index(currentRow()), m_caption->toPlainText(),
                             TourStepsModel::CaptionRole);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && currentRow() >= 0)
            m_model->setData(m_model->index(currentRow()), m_notes->toPlainText(),
                             TourStepsModel::NotesRole);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TourEditor::reload);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TourEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TourEditor::updateButtons);
    // The step shown may be the one removed.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { showStep(currentRow()); });
    retranslateUi();
    // The model may hold a tour already: the editor is made when first shown.
    reload();
}

void TourEditor::reload()
{
    const QSignalBlocker blocker(m_title);
    m_title->setText(m_model->title());
    setCurrentRow(m_model->rowCount() > 0 ? 0 : -1);
    showStep(currentRow());
}

int TourEditor::currentRow() const
{
    const QModelIndex current = m_steps->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TourEditor::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_steps->setCurrentIndex(QModelIndex());
        return;
    }
    m_steps->setCurrentIndex(m_model->index(row));
    m_steps->scrollTo(m_model->index(row));
}

void TourEditor::setStepSummary(const QString &summary)
{
    m_summary->setText(summary);
}

void TourEditor::showStep(int row)
{
    const bool valid = row >= 0 && row < m_model->rowCount();
    m_loading = true;
    m_caption->setPlainText(valid ? m_model->index(row).data(TourStepsModel::CaptionRole).toString()
                                  : QString());
    m_notes->setPlainText(valid ? m_model->index(row).data(TourStepsModel::NotesRole).toString()
                                : QString());
    m_loading = false;
    m_caption->setEnabled(valid);
    m_notes->setEnabled(valid);
    if (!valid)
        m_summary->clear();
    updateCaptionCount();
    updateButtons();
}

void TourEditor::moveCurrent(int by)
{
    const int row = currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    // Qt's destination is the row the step goes before.
    m_model->moveRow(QModelIndex(), row, QModelIndex(), by > 0 ? to + 1 : to);
    setCurrentRow(to);
}

void TourEditor::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeRow(row);
    setCurrentRow(std::min(row, m_model->rowCount() - 1));
}

void TourEditor::updateButtons()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < count);
    m_remove->setEnabled(row >= 0);
    m_present->setEnabled(count > 0);
}

void TourEditor::updateCaptionCount()
{
    const int length = int(m_caption->toPlainText().size());
    m_captionCount->setText(tr("%1 / %2").arg(length).arg(captionLength));
    // Over the length a slide holds: still allowed, but said.
    m_captionCount->setForegroundRole(length > captionLength ? QPalette::Highlight
                                                             : QPalette::PlaceholderText);
}

void TourEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TourEditor::retranslateUi()
{
    m_title->setPlaceholderText(tr("Title of the tour"));
    m_add->setText(tr("Add This View"));
    m_add->setToolTip(tr("Add the view on screen, with its filters and selection, after the "
                         "chosen step (Ctrl+Shift+A)"));
    m_up->setToolTip(tr("Move the step up"));
    m_down->setToolTip(tr("Move the step down"));
    m_remove->setToolTip(tr("Remove the step"));
    m_up->setAccessibleName(m_up->toolTip());
    m_down->setAccessibleName(m_down->toolTip());
    m_remove->setAccessibleName(m_remove->toolTip());
    m_steps->setAccessibleName(tr("Steps"));
    m_captionLabel->setText(tr("&Caption, what the class reads:"));
    m_caption->setPlaceholderText(tr("A sentence or two, with the year and the figure."));
    m_notesLabel->setText(tr("&Notes, what you say:"));
    m_notes->setPlaceholderText(tr("Context, a question to ask the class."));
    m_present->setText(tr("&Present from This Step"));
    m_save->setText(tr("&Save"));
    updateCaptionCount();
}

} // namespace pe
