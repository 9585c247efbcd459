#pragma once

// What the Examples page tests share: a fresh workspace per test, the page over a real
// IndexService, and the helpers that drive its form and import wizard.

#include "FakePrompter.h"
#include "examples/ExampleDialog.h"
#include "examples/ExamplesPage.h"
#include "examples/ImportWizard.h"
#include "examples/IndexFeeder.h"
#include "model/Example.h"
#include "rag/IndexService.h"
#include "store/Workspace.h"

#include <QAbstractItemModel>
#include <QTemporaryDir>

#include <memory>

namespace examplestest {

constexpr int kIndexTimeoutMs = 60000;

/// A made-up English example, numbered so that no two are duplicates.
reel::Example sample(int n, const QString& sector = QStringLiteral("fitness"));
/// The ValueRole of every row of one column.
QStringList columnValues(const QAbstractItemModel* model, int column);

class ExamplesPageFixture
{
protected:
    /// A fresh workspace and prompter (call from the test's init()).
    void setUpWorkspace();
    /// Everything gone, the prompter asked nothing unexpected (call from the test's cleanup()).
    void tearDown();

    void openPage(const QString& indexFolder = {});
    void waitForIndex();
    reel::ui::ExampleDialog* openNewForm();
    void fillForm(reel::ui::ExampleDialog* form, const reel::Example& e);
    void addMany(int count);
    QString writeTemp(const QString& name, const QByteArray& bytes);
    reel::ui::ImportWizard* startImport(const QString& path);
    void clickNext(reel::ui::ImportWizard* wizard);
    int libraryCount() const;
    QList<reel::Example> english() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<reel::Workspace> m_workspace;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<reel::IndexService> m_index;
    std::unique_ptr<reel::ui::IndexFeeder> m_feeder;
    std::unique_ptr<reel::ui::ExamplesPage> m_page;
};

} // namespace examplestest
