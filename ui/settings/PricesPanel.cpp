#include "settings/PricesPanel.h"

#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "settings/PriceTableModel.h"
#include "settings/ProviderConfig.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace reel::ui {

namespace {

// Prices are edited as dollars per million tokens with up to four decimals (0.075) and no
// practical ceiling (the default double editor stops at 99.99).
class PriceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() == PriceTableModel::ModelColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto* spin = new QDoubleSpinBox(parent);
        spin->setObjectName(QStringLiteral("priceEditor"));
        spin->setRange(0, 100000);
        spin->setDecimals(4);
        spin->setFrame(false);
        return spin;
    }
};

} // namespace

PricesPanel::PricesPanel(ProviderConfig& config, Prompter& prompter, QWidget* parent)
    : QGroupBox(parent)
    , m_config(config)
    , m_prompter(prompter)
    , m_model(new PriceTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("pricesBox"));
    m_model->setTable(m_config.prices());
    m_table->setObjectName(QStringLiteral("priceTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PriceDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(PriceTableModel::ModelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultSectionSize(160);
    m_table->setMinimumHeight(180);

    m_add->setObjectName(QStringLiteral("addPriceButton"));
    m_add->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/add.svg")));
    m_remove->setObjectName(QStringLiteral("removePriceButton"));
    m_remove->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/delete.svg")));
    m_reset->setObjectName(QStringLiteral("resetPricesButton"));
    m_reset->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/revert.svg")));
    m_note->setObjectName(QStringLiteral("pricesNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PricesPanel::addModel);
    connect(m_remove, &QPushButton::clicked, this, &PricesPanel::removeSelected);
    connect(m_reset, &QPushButton::clicked, this, &PricesPanel::resetToBuiltIn);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PricesPanel::updateState);
    connect(m_model, &PriceTableModel::edited, this, &PricesPanel::save);
    retranslateUi();
}

PricesPanel::~PricesPanel()
{
    // An open cell editor commits while the widgets go; nothing may reach this half-destroyed panel.
    m_model->disconnect(this);
}

void PricesPanel::changeEvent(QEvent* event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
}

void PricesPanel::retranslateUi()
{
    setTitle(tr("Prices"));
    m_table->setAccessibleName(tr("Prices per model"));
    m_add->setText(tr("&Add Model"));
    m_remove->setText(tr("Remove Model"));
    m_reset->setText(tr("Reset to Built-in Prices"));
    updateState();
}

void PricesPanel::addModel()
{
    const int row = m_model->addModel();
    const QModelIndex index = m_model->index(row, PriceTableModel::ModelColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->edit(index);
}

void PricesPanel::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_model->removeRow(row);
}

void PricesPanel::resetToBuiltIn()
{
    if (!m_prompter.confirm(this, tr("Reset to Built-in Prices"),
                            tr("Replace your prices with the built-in list? Your changes to the table are lost."),
                            tr("Reset")))
        return;
    if (const auto reset = m_config.resetPrices(); !reset) {
        m_prompter.error(this, tr("Reset to Built-in Prices"), ErrorText::message(reset.error()));
        return;
    }
    m_model->setTable(m_config.prices());
    updateState();
}

void PricesPanel::save()
{
    if (const auto saved = m_config.setPrices(m_model->table()); !saved) {
        m_prompter.error(this, tr("Prices"),
                         tr("The prices were not saved: %1").arg(ErrorText::message(saved.error())));
        return;
    }
    updateState();
}

void PricesPanel::updateState()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
    m_reset->setEnabled(!m_config.pricesAreBuiltIn());
    QString note = m_config.pricesAreBuiltIn()
                           //: %1 the date the built-in prices were checked
                           ? tr("Built-in prices as of %1. Edit them when your provider's prices change; models not "
                                "listed cost nothing (local servers).")
                                     .arg(m_config.prices().asOf())
                           : tr("Your own prices, kept in the workspace. Models not listed cost nothing (local "
                                "servers).");
    if (const auto& problem = m_config.pricesProblem())
        note += u'\n'
                + tr("The saved prices could not be read, so the built-in ones apply: %1")
                          .arg(ErrorText::message(*problem));
    m_note->setText(note);
}

} // namespace reel::ui
