#include "widgets/style/plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

namespace pe::plaintext {

namespace {

// On the view's viewport, in place of the delegate's own tooltip (which Qt reads as rich
// text when it looks like some).
class ItemToolTips : public QObject
{
public:
    explicit ItemToolTips(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTip(text), m_view->viewport(),
                               m_view->visualRect(index));
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    // <p>…</p> with every character escaped: rich text by its own tags, text by its content.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace pe::plaintext

namespace pe::plaintext {

void keepItemToolTipsPlain(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new ItemToolTips(view));
}

} // namespace pe::plaintext

namespace pe::plaintext {

QMessageBox::StandardButton messageBox(QWidget *parent, QMessageBox::Icon icon,
                                       const QString &title, const QString &text,
                                       QMessageBox::StandardButtons buttons,
                                       QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace pe::plaintext
