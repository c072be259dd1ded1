#pragma once

#include <QObject>
#include <QString>

namespace pe {

// What is selected, in one place: the current record (an id from any collection) and the
// marked year. Every view that shows a selection follows this object, and every view that
// lets the user select writes to it; a setter that changes nothing emits nothing, which is
// what ends the round trip view → state → view without any "syncing" flag.
class SelectionState : public QObject
{
    Q_OBJECT

public:
    explicit SelectionState(QObject *parent = nullptr);

    QString currentId() const { return m_currentId; }
    int markedYear() const { return m_markedYear; } // 0: none

    void setCurrentId(const QString &id);
    void setMarkedYear(int year);
    // A year on its own, with no record: what a click on a chart's year or a year link
    // selects.
    void selectYear(int year);
    void clear();

signals:
    void currentIdChanged(const QString &id);
    void markedYearChanged(int year);
    // Once per call that changed anything, after both values are in place.
    void changed();

private:
    void set(const QString &id, int year);

    QString m_currentId;
    int m_markedYear = 0;
};

} // namespace pe
