#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace reel::ui {

class PriceTableModel;
class Prompter;
class ProviderConfig;

/// The price table of the Settings page: dollars per million input and output tokens by model,
/// edited in place, with rows to add and remove and a way back to the built-in list. Every edit
/// is kept in the workspace at once (ProviderConfig::setPrices).
class PricesPanel : public QGroupBox
{
    Q_OBJECT

public:
    PricesPanel(ProviderConfig& config, Prompter& prompter, QWidget* parent = nullptr);
    ~PricesPanel() override;

    PriceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    /// Adds a row and starts editing its model id.
    void addModel();
    void removeSelected();
    /// Asks, then goes back to the built-in prices.
    void resetToBuiltIn();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void save();
    void updateState();

    ProviderConfig& m_config;
    Prompter& m_prompter;
    PriceTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_reset;
    QLabel* m_note;
};

} // namespace reel::ui
