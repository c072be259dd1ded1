#pragma once

#include "models/terms.h"

#include <QCoreApplication>
#include <QString>

namespace pe {

struct Observation;

// Human names for the dataset's vocabularies (categories, sectors, indicators…), in the UI
// language. Models and views share these so a value reads the same everywhere. Each label
// is one switch over its enum: a value added without a label is a compiler warning.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QString label(Category category);
    static QString label(Sector sector);
    static QString label(Indicator indicator);
    static QString label(Qualifier qualifier);
    static QString label(ObservationStatus status);
    static QString label(Scope scope);
    static QString label(VentureStatus status);
    static QString label(PairingLevel level);
    static QString label(PartyKind kind);
    static QString label(DocumentKind document);
    static QString label(Area area);
    // Whose figures: "Belarusian figures", "Kazakh figures", "Side not stated".
    static QString label(Side side);
    static QString label(PlaceKind kind);

    // The indicator as a figure names it: "Growth of Belarusian exports" where a growth rate
    // is not the turnover's.
    static QString indicatorOf(const Observation &observation);

    // "Jan–Sep", "Q1", "H1" or "" for a full year.
    static QString period(int startMonth, int endMonth);
    // "870", "≈ 800", "> 1,000" with the unit: "US$ 870 M", "+56.4 %".
    static QString value(const Observation &observation);
};

} // namespace pe
