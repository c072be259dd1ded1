#pragma once

#include <QLayout>
#include <QList>

namespace pe {

// Widgets left to right, wrapping onto another row when the next does not fit: a bar of
// controls that stays whole in a narrow window (or a long language) instead of pushing the
// window wider than the screen. One item may stretch to take what its row leaves; items of a
// row are centred on its height.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 8);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // The item that takes its row's free width (the search field).
    void addStretchWidget(QWidget *widget);
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in rect (or only measures, when apply is false); the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    QLayoutItem *m_stretch = nullptr;
    int m_spacing;
};

} // namespace pe
