#include "profiles/VoicePicker.h"

#include "common/CatalogText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr int kValueRole = Qt::UserRole;

} // namespace

VoicePicker::VoicePicker(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_custom(new QLineEdit(this))
    , m_addButton(new QToolButton(this))
{
    m_list->setObjectName(QStringLiteral("voiceList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 9);
    m_custom->setObjectName(QStringLiteral("customVoiceEdit"));
    m_custom->setClearButtonEnabled(true);
    m_addButton->setObjectName(QStringLiteral("addVoiceButton"));
    m_addButton->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/add.svg")));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setEnabled(false);

    auto* customRow = new QHBoxLayout;
    customRow->setContentsMargins(0, 0, 0, 0);
    customRow->addWidget(m_custom, 1);
    customRow->addWidget(m_addButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(customRow);
    setFocusProxy(m_list);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit voicesEdited();
    });
    connect(m_custom, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_addButton->setEnabled(!text.trimmed().isEmpty()); });
    const auto addTyped = [this] {
        if (addCustomVoice(m_custom->text()))
            m_custom->clear();
    };
    connect(m_custom, &QLineEdit::returnPressed, this, addTyped);
    connect(m_addButton, &QToolButton::clicked, this, addTyped);
    retranslateUi();
}

void VoicePicker::setCatalogVoices(const QList<reel::CatalogEntry>& entries)
{
    m_catalogVoices = entries;
    rebuild(voices());
}

void VoicePicker::setVoices(const QStringList& voices)
{
    m_loadedOrder = voices;
    rebuild(voices);
}

QStringList VoicePicker::voices() const
{
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.append(m_list->item(i)->data(kValueRole).toString());
    }
    QStringList out;
    for (const QString& v : m_loadedOrder) {
        if (checked.contains(v) && !out.contains(v))
            out.append(v);
    }
    for (const QString& v : std::as_const(checked)) {
        if (!out.contains(v))
            out.append(v);
    }
    return out;
}

bool VoicePicker::addCustomVoice(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return false;
    QListWidgetItem* item = itemFor(value);
    if (!item) {
        m_updating = true;
        item = new QListWidgetItem(value, m_list);
        item->setData(kValueRole, value);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_updating = false;
    }
    m_list->setCurrentItem(item);
    m_list->scrollToItem(item);
    if (item->checkState() != Qt::Checked)
        item->setCheckState(Qt::Checked); // signals voicesEdited()
    return true;
}

void VoicePicker::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild(voices());
    }
}

void VoicePicker::retranslateUi()
{
    m_list->setAccessibleName(tr("Brand voice"));
    m_list->setToolTip(tr("Check every voice that fits the brand (Space toggles)"));
    m_custom->setPlaceholderText(tr("Another voice, e.g. witty"));
    m_custom->setAccessibleName(tr("Custom brand voice"));
    m_addButton->setText(tr("Add voice"));
    m_addButton->setAccessibleName(tr("Add custom brand voice"));
}

void VoicePicker::rebuild(const QStringList& checked)
{
    m_updating = true;
    const int currentRow = m_list->currentRow();
    m_list->clear();
    QStringList shown;
    const auto add = [&](const QString& value, const QString& label) {
        auto* item = new QListWidgetItem(label, m_list);
        item->setData(kValueRole, value);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        shown.append(value);
        return item;
    };
    for (const CatalogEntry& e : std::as_const(m_catalogVoices)) {
        // A profile may spell a catalog voice differently ("Friendly"): show it on the catalog
        // entry, but keep the profile's spelling as the value so nothing changes on save.
        QString value = e.id;
        for (const QString& c : checked) {
            if (c.compare(e.id, Qt::CaseInsensitive) == 0)
                value = c;
        }
        add(value, CatalogText::label(CatalogKind::Voice, e.id));
    }
    for (const QString& c : checked) {
        if (!shown.contains(c))
            add(c, CatalogText::label(CatalogKind::Voice, c));
    }
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (checked.contains(item->data(kValueRole).toString()))
            item->setCheckState(Qt::Checked);
    }
    if (currentRow >= 0 && currentRow < m_list->count())
        m_list->setCurrentRow(currentRow);
    m_updating = false;
}

QListWidgetItem* VoicePicker::itemFor(const QString& value) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kValueRole).toString().compare(value, Qt::CaseInsensitive) == 0)
            return m_list->item(i);
    }
    return nullptr;
}

} // namespace reel::ui
