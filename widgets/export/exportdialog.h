#pragma once

#include "render/export/exportcontext.h"
#include "render/export/exportdocument.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace pe {

class ExportSource;
class TradeSeriesPicker;
struct ExportableView;

// Exports a view for an article, a slide or print: format, size preset or custom size,
// scale, theme, editable title, subtitle and notes, the source line generated from the data
// shown, alt text, and a live preview of exactly what will be written. It only collects the
// choices: the view is built from the context for the export, and ExportService writes it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Preset
    {
        QString key;
        QSize size;
        qreal scale;
    };
    static QList<Preset> presets();

    ExportDialog(const ExportContext &context, const QString &viewKey, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString viewKey() const;
    QString format() const;
    ExportFormat exportFormat() const;
    ExportOptions options() const;
    ExportDocument document() const;
    QString altText() const;
    QImage previewImage() const { return m_preview; }
    // The smallest type of the last preview, in points at the printed size.
    qreal smallestTextPoints() const { return m_smallestText; }

    // Writes the file (and FILE.alt.txt beside a picture); false with a message on failure.
    bool saveTo(const QString &path, QString *error) const;
    // saveTo() as the Save button does it: a failure is shown in a message box.
    bool saveAs(const QString &path);

    void setFormat(const QString &format);
    void setPreset(const QString &key);
    void setTitle(const QString &title);

public slots:
    void copyToClipboard();
    void save();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslateUi();
    void fillFormats();
    void applyPreset();
    void viewChanged();
    void schedulePreview();
    void updatePreview();
    void restoreChoices();
    // The folder is remembered only when a file was saved there.
    void rememberChoices(const QString &folder = {}) const;

    const ExportableView *currentView() const;
    ExportSource &source() const;

    ExportContext m_context;
    // The view being exported, built from m_context when the view choice changes.
    std::unique_ptr<ExportSource> m_source;
    QComboBox *m_view = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QComboBox *m_theme = nullptr;
    TradeSeriesPicker *m_series = nullptr;
    QCheckBox *m_showSelection = nullptr;
    QCheckBox *m_excel = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_sourceLine = nullptr;
    QPlainTextEdit *m_alt = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QLabel *m_previewImage = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_legibility = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_copyAlt = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTimer *m_previewTimer = nullptr;
    QImage m_preview;
    qreal m_smallestText = 0;
    bool m_titleEdited = false;
    bool m_subtitleEdited = false;
    bool m_notesEdited = false;
    QList<QLabel *> m_labels;
    QHash<const QWidget *, QLabel *> m_rowLabels; // a field's label, to hide the row with it
};

} // namespace pe
