#include "models/items/searchfolding.h"

#include <algorithm>
#include <array>
#include <mutex>

namespace pe {

namespace {

constexpr char16_t cyrillicYo = 0x0451;
constexpr char16_t cyrillicYe = 0x0435;

// The definition, for any text.
QString foldByDefinition(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    folded.replace(QChar(cyrillicYo), QChar(cyrillicYe));
    return folded;
}

// Latin, Greek, Cyrillic (with the Kazakh and Belarusian letters), punctuation, currency and
// letterlike symbols: every character of the dataset's texts.
constexpr char16_t tableEnd = 0x2500;

// What one character folds to: nothing, one character or more, or a mark that it cannot be
// folded alone. A character can be when its decomposition's kept part cannot be reordered against
// its neighbours' (canonical ordering only moves characters with a combining class, and the
// nonspacing marks among them are dropped anyway).
struct FoldedChar
{
    char16_t first = 0;
    quint8 length = 0;
    bool alone = true;
};

FoldedChar foldAlone(char16_t c)
{
    FoldedChar result;
    const QChar character(c);
    if (character.isSurrogate() ||
        (character.combiningClass() != 0 && character.category() != QChar::Mark_NonSpacing)) {
        result.alone = false;
        return result;
    }
    const QString folded = foldByDefinition(QString(character));
    for (const QChar kept : folded) {
        if (kept.combiningClass() != 0)
            result.alone = false;
    }
    result.length = quint8(std::min<qsizetype>(folded.size(), 2));
    if (folded.size() > 0)
        result.first = folded.at(0).unicode();
    return result;
}

using FoldTable = std::array<FoldedChar, tableEnd>;

const FoldTable &foldTable()
{
    static FoldTable table;
    static std::once_flag built;
    std::call_once(built, [] {
        for (char16_t c = 0; c < tableEnd; ++c)
            table[c] = foldAlone(c);
    });
    return table;
}

} // namespace

QString foldForSearch(const QString &text)
{
    const FoldTable &table = foldTable();
    QString folded(text.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    char16_t *const start = out;
    for (const QChar character : text) {
        const char16_t c = character.unicode();
        if (c < 0x80) {
            *out++ = (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
            continue;
        }
        // The rare character that folds to two would not fit: the definition folds that text.
        if (c >= tableEnd || !table[c].alone || table[c].length > 1)
            return foldByDefinition(text);
        if (table[c].length == 1)
            *out++ = table[c].first;
    }
    folded.truncate(out - start);
    return folded;
}

} // namespace pe
