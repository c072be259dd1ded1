#pragma once

#include "models/datasetproblem.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace pe {

// Lists why a dataset could not be opened: file, line, column, field and message, one row
// each, with a button to copy them all as text.
class ProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProblemsDialog(const QString &path, const DatasetProblems &problems,
                            QWidget *parent = nullptr);

    int problemCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_path;
    DatasetProblems m_problems;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace pe
