#include "widgets/shell/problemsdialog.h"

#include "widgets/style/plaintext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pe {

ProblemsDialog::ProblemsDialog(const QString &path, const DatasetProblems &problems,
                               QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_problems(problems)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setTextFormat(Qt::PlainText); // it names the file: never markup
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(4);
    for (const DatasetProblem &p : problems) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, p.line > 0 ? QString::number(p.line) : QString());
        item->setText(1, p.line > 0 ? QString::number(p.column) : QString());
        item->setText(2, p.pointer);
        item->setText(3, p.message);
        // The message quotes the file, which may hold markup: shown as it is.
        item->setToolTip(3, plaintext::toolTip(p.toString()));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (const DatasetProblem &p : std::as_const(m_problems))
            lines.append(p.toString());
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(820, 420);
    retranslateUi();
}

int ProblemsDialog::problemCount() const
{
    return m_list->topLevelItemCount();
}

void ProblemsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProblemsDialog::retranslateUi()
{
    setWindowTitle(tr("Dataset not opened"));
    m_summary->setText(
        tr("<b>%1</b> could not be opened: %n problem(s) found. The dataset in use is unchanged.",
           nullptr, int(m_problems.size()))
            .arg(QFileInfo(m_path).fileName().toHtmlEscaped()));
    m_list->setHeaderLabels({tr("Line"), tr("Column"), tr("Field"), tr("Problem")});
    if (auto *copy = findChild<QPushButton *>(QStringLiteral("copyButton")))
        copy->setText(tr("Copy all"));
}

} // namespace pe
