#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace pe {

// Switches the UI language while the application runs: removes the translators it
// installed before (the application's and Qt's own), installs the new ones and sets the
// default QLocale, so numbers and dates follow. Widgets react to QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList languages(); // en, fr, ru, kk, be
    static QString nativeName(const QString &language);
    // en, fr or ru: the language dataset text is shown in for a UI language.
    static QString dataLanguage(const QString &language);

    QString language() const { return m_language; }
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language = QStringLiteral("en");
    QList<QTranslator *> m_installed;
};

} // namespace pe
