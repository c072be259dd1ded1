#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pe {

struct Observation;

// Human names for the dataset's keys (categories, sectors, indicators…), in the UI
// language. Models and views share these so a key reads the same everywhere.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QStringList categories();
    static QStringList sectors();
    static QStringList areas();

    static QString category(const QString &key);
    static QString sector(const QString &key);
    static QString indicator(const QString &key);
    static QString qualifier(const QString &key);
    static QString observationStatus(const QString &key);
    static QString scope(const QString &key);
    static QString ventureStatus(const QString &key);
    static QString level(const QString &key);
    static QString document(const QString &key);
    static QString area(const QString &key);
    static QString side(const QString &key);
    static QString placeKind(const QString &key);

    // "Jan–Sep", "Q1", "H1" or "" for a full year.
    static QString period(int startMonth, int endMonth);
    // "870", "≈ 800", "> 1,000" with the unit: "US$ 870 M", "+56.4 %".
    static QString value(const Observation &observation);
};

} // namespace pe
