#include "models/localizedtext.h"

namespace pe {

QString LocalizedText::text(const QString &language) const
{
    if (language == QLatin1String("fr") && !fr.isEmpty())
        return fr;
    if (language != QLatin1String("en") && language != QLatin1String("fr") && !ru.isEmpty())
        return ru; // ru, and the kk/be fallback
    return en.isEmpty() ? (ru.isEmpty() ? fr : ru) : en;
}

QString LocalizedText::searchable() const
{
    return en + QLatin1Char('\n') + fr + QLatin1Char('\n') + ru;
}

} // namespace pe
