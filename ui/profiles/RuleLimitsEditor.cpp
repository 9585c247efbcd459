#include "profiles/RuleLimitsEditor.h"

#include "common/RuleSettingText.h"
#include "validate/RulePack.h"

#include <QDate>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace reel::ui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
} // namespace

RuleLimitsEditor::RuleLimitsEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("ruleLimitsTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setMinimumHeight(220);
    layout->addWidget(m_table);
    setFocusProxy(m_table);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != 0)
            return;
        const QString key = item->data(kKeyRole).toString();
        auto* spin = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(item->row(), 2));
        const bool on = item->checkState() == Qt::Checked;
        if (on)
            m_overrides.insert(key, spin->value());
        else
            m_overrides.remove(key);
        spin->setEnabled(on);
        emit overridesEdited();
    });
    setPack(RulePack::builtIn());
    retranslateUi();
}

void RuleLimitsEditor::setPack(const RulePack& pack)
{
    m_packValues.clear();
    const auto values = pack.settingsOn(QDate::currentDate());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_packValues.insert(it.key(), it.value());
    rebuild();
}

void RuleLimitsEditor::setOverrides(const QMap<QString, double>& overrides)
{
    m_overrides = overrides;
    rebuild();
}

QMap<QString, double> RuleLimitsEditor::overrides() const
{
    return m_overrides;
}

void RuleLimitsEditor::rebuild()
{
    m_filling = true;
    m_table->setRowCount(static_cast<int>(m_packValues.size()));
    int row = 0;
    for (auto it = m_packValues.cbegin(); it != m_packValues.cend(); ++it, ++row) {
        const QString& key = it.key();
        const bool fraction = RuleSettingText::isFraction(key);
        auto* name = new QTableWidgetItem(RuleSettingText::label(key));
        name->setData(kKeyRole, key);
        name->setToolTip(key);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(m_overrides.contains(key) ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, 0, name);
        auto* platform = new QTableWidgetItem(QLocale().toString(it.value(), 'f', fraction ? 2 : 0));
        platform->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 1, platform);

        auto* spin = new QDoubleSpinBox(m_table);
        spin->setDecimals(fraction ? 2 : 0);
        spin->setRange(0, fraction ? 1.0 : 100000.0);
        spin->setSingleStep(fraction ? 0.01 : 1.0);
        spin->setValue(m_overrides.value(key, it.value()));
        spin->setEnabled(m_overrides.contains(key));
        spin->setAccessibleName(RuleSettingText::label(key));
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key](double value) {
            if (m_filling || !m_overrides.contains(key))
                return;
            m_overrides.insert(key, value);
            emit overridesEdited();
        });
        m_table->setCellWidget(row, 2, spin);
    }
    m_filling = false;
}

void RuleLimitsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void RuleLimitsEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Limit"), tr("Platform"), tr("This brand")});
    m_hint->setText(tr("Tick a limit to give this brand its own value; the others follow the platform's rule pack."));
    m_table->setAccessibleName(tr("Rule limits"));
}

} // namespace reel::ui
