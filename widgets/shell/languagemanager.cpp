#include "widgets/shell/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pe {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("kk"),
            QStringLiteral("be")};
}

QString LanguageManager::nativeName(const QString &language)
{
    // Each language names itself, so a reader lost in a foreign UI can find theirs.
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (language == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (language == QLatin1String("kk"))
        return QStringLiteral("Қазақша");
    if (language == QLatin1String("be"))
        return QStringLiteral("Беларуская");
    return QStringLiteral("English");
}

QString LanguageManager::dataLanguage(const QString &language)
{
    if (language == QLatin1String("fr") || language == QLatin1String("en"))
        return language;
    return QStringLiteral("ru");
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    removeTranslators();
    const QLocale locale(language);
    QLocale::setDefault(locale);
    // English has a translator too: it holds the plural forms ("1 event", "2 events").
    auto *app = new QTranslator(this);
    if (app->load(QStringLiteral("partnership-explorer_") + language, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app);
        m_installed.append(app);
    } else {
        delete app;
    }
    if (language != QLatin1String("en")) {
        // Qt's own dialogs (file chooser, message boxes' buttons) in the language, or, where
        // Qt ships none (Kazakh and Belarusian on Debian's Qt 6.4), in Russian, which every
        // reader of those two reads, rather than in English.
        const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        for (const QString &candidate : {language, QStringLiteral("ru")}) {
            auto *qt = new QTranslator(this);
            if (qt->load(QStringLiteral("qtbase_") + candidate, qtPath)) {
                QCoreApplication::installTranslator(qt);
                m_installed.append(qt);
                break;
            }
            delete qt;
        }
    }
    const bool changed = language != m_language;
    m_language = language;
    if (changed)
        emit languageChanged(language);
    return true;
}

} // namespace pe
