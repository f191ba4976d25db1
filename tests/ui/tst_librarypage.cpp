#include "tests/support/testworkspace.h"
#include "ui/library/eventlistmodel.h"
#include "ui/library/eventpreview.h"
#include "ui/library/librarypage.h"
#include "ui/library/setlistmodel.h"

#include "core/library/samplesetseeder.h"
#include "core/storage/eventstore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

// The library page on a seeded store: delete and undo, add to a set with several rows selected,
// drag to reorder, rename and duplicate, opening an event, empty states and lazy loading.
class TestLibraryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nothingIsReadUntilThePageIsShown();
    void deleteAndUndoRestoreTheEventAndItsSetPositions();
    void addToSetWithSeveralRowsSelected();
    void dragReorderChangesSetPositions();
    void renameAndDuplicateAreUndoable();
    void enterOpensTheEventInTheComposer();
    void changesFromOtherPagesShowUp();
    void emptyStoreSaysWhatToDo();
    void commandsAreInSightOnTheToolBar();
    void footerCountFollowsTheChosenSet();
    void draggingSeveralRowsMovesThemAll();
    void altUpAndDownReorderTheSelection();
    void previewShowsThePayloadFindingsAndMatches();

private:
    QList<QString> payloadsOf(qint64 setId);
    void selectRows(const QList<int> &rows);
    void trigger(const QString &action);

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<LibraryPage> m_page;
    QTreeView *m_view = nullptr;
    qint64 m_samples = 0;
};

void TestLibraryPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLibraryPage::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_samples = (*m_ws)->samplesSetId();
    QVERIFY(m_samples != 0);
    m_page = std::make_unique<LibraryPage>(**m_ws);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_view = m_page->findChild<QTreeView *>(QStringLiteral("libraryEvents"));
    QVERIFY(m_view);
    m_page->showSet(m_samples);
    QTRY_VERIFY(m_page->eventModel()->rowCount() >= 18);
}

void TestLibraryPage::cleanup()
{
    m_page.reset();
    m_ws.reset();
}

QList<QString> TestLibraryPage::payloadsOf(qint64 setId)
{
    QList<QString> payloads;
    const QList<qint64> ids = (*m_ws)->store().sets().members(setId).value();
    for (const qint64 id : ids)
        payloads << (*m_ws)->store().event(id).value().payload;
    return payloads;
}

void TestLibraryPage::selectRows(const QList<int> &rows)
{
    m_view->setFocus();
    m_view->clearSelection();
    for (const int row : rows)
        m_view->selectionModel()->select(m_page->eventModel()->index(row, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(
        m_page->eventModel()->index(rows.constFirst(), 0), QItemSelectionModel::NoUpdate);
}

void TestLibraryPage::trigger(const QString &name)
{
    auto *action = m_page->findChild<QAction *>(name);
    QVERIFY2(action, qPrintable(name));
    action->trigger();
}

// Import and Export were only in a context menu and behind shortcuts; the context menu offered
// "Remove from set" while "All events" was shown.
void TestLibraryPage::commandsAreInSightOnTheToolBar()
{
    auto *bar = m_page->findChild<QToolBar *>(QStringLiteral("libraryToolBar"));
    QVERIFY(bar);
    QStringList shown;
    for (QAction *action : bar->actions())
        if (!action->isSeparator())
            shown << action->objectName();
    QCOMPARE(shown,
        QStringList({QStringLiteral("libraryNewSet"), QStringLiteral("libraryImport"),
            QStringLiteral("libraryExport"), QStringLiteral("libraryOpen"),
            QStringLiteral("libraryDelete")}));
    for (QAction *action : bar->actions())
        if (!action->isSeparator())
            QVERIFY(bar->widgetForAction(action)->isVisible());
    auto *remove = m_page->findChild<QAction *>(QStringLiteral("libraryRemoveFromSet"));
    QVERIFY(remove->isEnabled()); // the Samples set is shown
    auto *sets = m_page->findChild<QListView *>(QStringLiteral("librarySets"));
    sets->setCurrentIndex(sets->model()->index(0, 0)); // All events
    QVERIFY(!remove->isEnabled());
    QVERIFY(m_view->contextMenuPolicy() == Qt::CustomContextMenu);
}

// Choosing "All events" after a set showed "0 events in this set"; a set showed the total.
void TestLibraryPage::footerCountFollowsTheChosenSet()
{
    StoredEvent extra {0, QStringLiteral("crm"), QStringLiteral("deal_won"),
        QStringLiteral("outside the set"), QStringLiteral("{}")};
    QVERIFY((*m_ws)->store().insertEvent(extra));
    (*m_ws)->notifyLibraryChanged();
    auto *count = m_page->findChild<QLabel *>(QStringLiteral("libraryCount"));
    auto *sets = m_page->findChild<QListView *>(QStringLiteral("librarySets"));
    const auto total = (*m_ws)->store().count().value();
    QTRY_COMPARE(count->text(), QStringLiteral("18 events in this set"));
    sets->setCurrentIndex(sets->model()->index(0, 0)); // All events
    QCOMPARE(count->text(), QStringLiteral("%1 events").arg(total));
    sets->setCurrentIndex(sets->model()->index(1, 0)); // Samples
    QCOMPARE(count->text(), QStringLiteral("18 events in this set"));
}

void TestLibraryPage::nothingIsReadUntilThePageIsShown()
{
    EventStore &store = (*m_ws)->store();
    QList<StoredEvent> batch;
    for (int i = 0; i < 2000; ++i)
        batch << StoredEvent {0, QStringLiteral("crm"), QStringLiteral("deal_won"),
            QStringLiteral("bulk %1").arg(i), QStringLiteral("{}")};
    QVERIFY(store.bulkInsert(batch));
    LibraryPage hidden(**m_ws);
    QCOMPARE(hidden.eventModel()->rowCount(), 0);
    QVERIFY(!hidden.setModel()->isLoaded());
    hidden.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hidden));
    QVERIFY(hidden.setModel()->isLoaded());
    QTRY_VERIFY(hidden.eventModel()->rowCount() > 0);
    QVERIFY(hidden.eventModel()->rowCount() <= 2 * EventListModel::PageSize); // a page, not all
    QVERIFY(hidden.eventModel()->canFetchMore({}));
}

void TestLibraryPage::deleteAndUndoRestoreTheEventAndItsSetPositions()
{
    EventStore &store = (*m_ws)->store();
    const qint64 victim = m_page->eventModel()->eventId(3);
    const QString victimPayload = store.event(victim).value().payload;
    auto other = store.sets().create(QStringLiteral("Other"));
    QVERIFY(other);
    QVERIFY(store.sets().addMember(other.value(), m_page->eventModel()->eventId(0)));
    QVERIFY(store.sets().addMember(other.value(), victim, 0));
    const QList<QString> samplesBefore = payloadsOf(m_samples);
    const QList<QString> otherBefore = payloadsOf(other.value());
    const qint64 total = store.count().value();

    selectRows({3});
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(store.count().value(), total - 1);
    QVERIFY(!store.event(victim));
    QCOMPARE(payloadsOf(m_samples).size(), samplesBefore.size() - 1);
    QCOMPARE(payloadsOf(other.value()).size(), 1);

    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store.count().value(), total);
    QCOMPARE(payloadsOf(m_samples), samplesBefore);
    QCOMPARE(payloadsOf(other.value()), otherBefore);
    QCOMPARE(payloadsOf(m_samples).at(3), victimPayload);
    m_page->undoStack()->redo();
    QCOMPARE(store.count().value(), total - 1);
}

void TestLibraryPage::addToSetWithSeveralRowsSelected()
{
    EventStore &store = (*m_ws)->store();
    auto target = store.sets().create(QStringLiteral("Picked"));
    QVERIFY(target);
    m_page->showSet(0);
    m_page->showSet(m_samples); // reread the sets
    selectRows({1, 4, 6});
    const QList<qint64> picked = m_page->selectedEventIds();
    QCOMPARE(picked.size(), 3);
    m_page->addSelectionToSet(target.value());
    QCOMPARE(store.sets().members(target.value()).value(), picked);
    const int row = m_page->setModel()->rowOf(target.value());
    QCOMPARE(m_page->setModel()->index(row).data(SetListModel::CountRole).toLongLong(), 3);
    m_page->undoStack()->undo();
    QVERIFY(store.sets().members(target.value()).value().isEmpty());
    m_page->undoStack()->redo();
    QCOMPARE(store.sets().members(target.value()).value(), picked);
}

void TestLibraryPage::dragReorderChangesSetPositions()
{
    EventStore &store = (*m_ws)->store();
    EventListModel *model = m_page->eventModel();
    const QList<qint64> before = store.sets().members(m_samples).value();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(1, 0)}));
    // What the view does on a drop between rows 4 and 5: the dragged row ends up at 4.
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 5, 0, {}));
    const QList<qint64> after = store.sets().members(m_samples).value();
    QCOMPARE(after.at(4), before.at(1));
    QCOMPARE(after.at(1), before.at(2));
    for (int row = 0; row < after.size(); ++row)
        QCOMPARE(model->eventId(row), after.at(row));
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store.sets().members(m_samples).value(), before);
    QCOMPARE(model->eventId(1), before.at(1));
    // A filtered view does not stand for the set's order, so it takes no drops.
    m_page->eventModel()->setFilter({QStringLiteral("emails"), {}, std::nullopt});
    QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, 5, 0, {}));
}

// Dragging rows 1 and 3 moved only row 1.
void TestLibraryPage::draggingSeveralRowsMovesThemAll()
{
    EventStore &store = (*m_ws)->store();
    EventListModel *model = m_page->eventModel();
    const QList<qint64> before = store.sets().members(m_samples).value();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(1, 0), model->index(3, 0)}));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 6, 0, {})); // before row 6
    const QList<qint64> after = store.sets().members(m_samples).value();
    QCOMPARE(after.mid(0, 7),
        QList<qint64>(
            {before[0], before[2], before[4], before[5], before[1], before[3], before[6]}));
    for (int row = 0; row < after.size(); ++row)
        QCOMPARE(model->eventId(row), after.at(row));
    m_page->undoStack()->undo(); // one step for the whole drag
    QCOMPARE(store.sets().members(m_samples).value(), before);
}

void TestLibraryPage::altUpAndDownReorderTheSelection()
{
    EventStore &store = (*m_ws)->store();
    const QList<qint64> before = store.sets().members(m_samples).value();
    selectRows({2, 3});
    QTest::keyClick(m_view, Qt::Key_Up, Qt::AltModifier);
    QList<qint64> after = store.sets().members(m_samples).value();
    QCOMPARE(after.mid(0, 4), QList<qint64>({before[0], before[2], before[3], before[1]}));
    QCOMPARE(m_view->selectionModel()->selectedRows().size(), 2);
    QVERIFY(m_view->selectionModel()->isRowSelected(1, {})); // the selection moved with them
    QTest::keyClick(m_view, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(m_view, Qt::Key_Down, Qt::AltModifier);
    after = store.sets().members(m_samples).value();
    QCOMPARE(
        after.mid(0, 5), QList<qint64>({before[0], before[1], before[4], before[2], before[3]}));
    m_page->undoStack()->undo();
    m_page->undoStack()->undo();
    m_page->undoStack()->undo();
    QCOMPARE(store.sets().members(m_samples).value(), before);
}

// Looking at an event meant opening it in the composer; a search gave no count.
void TestLibraryPage::previewShowsThePayloadFindingsAndMatches()
{
    StoredEvent broken {0, QStringLiteral("crm"), QStringLiteral("deal_won"),
        QStringLiteral("broken deal"), QStringLiteral("{\"eventType\": \"deal_won\"}")};
    const auto id = (*m_ws)->store().insertEvent(broken);
    QVERIFY(id);
    (*m_ws)->notifyLibraryChanged();
    auto *sets = m_page->findChild<QListView *>(QStringLiteral("librarySets"));
    sets->setCurrentIndex(sets->model()->index(0, 0)); // All events
    auto *preview = m_page->findChild<EventPreview *>();
    QVERIFY(preview);
    EventListModel *model = m_page->eventModel();
    QTRY_VERIFY(model->rowCount() >= 19);
    int row = 0;
    while (row < model->rowCount() && model->eventId(row) != id.value())
        ++row;
    m_view->setCurrentIndex(model->index(row, 0));
    QCOMPARE(preview->text(), broken.payload);
    auto *findings = m_page->findChild<QListWidget *>(QStringLiteral("libraryPreviewFindings"));
    QVERIFY(findings->count() >= 2); // the required fields it lacks
    QVERIFY(findings->item(0)->text().contains(QLatin1String("error")));
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("librarySearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("Daniel"));
    auto *count = m_page->findChild<QLabel *>(QStringLiteral("libraryCount"));
    const qint64 matching = (*m_ws)->store().searchCount(QStringLiteral("Daniel")).value();
    QVERIFY(matching > 0);
    QTRY_COMPARE(count->text(), QStringLiteral("%1 events match").arg(matching));
    QTRY_VERIFY(model->rowCount() > 0);
    m_view->setCurrentIndex(model->index(0, 0));
    QVERIFY(preview->text().contains(QLatin1String("Daniel")));
    QVERIFY(preview->markedCount() > 0);
}

void TestLibraryPage::renameAndDuplicateAreUndoable()
{
    EventStore &store = (*m_ws)->store();
    EventListModel *model = m_page->eventModel();
    const qint64 id = model->eventId(2);
    const QString oldName = store.event(id).value().name;
    QVERIFY(model->setData(model->index(2, EventListModel::NameColumn), QStringLiteral("Renamed")));
    QCOMPARE(store.event(id).value().name, QStringLiteral("Renamed"));
    m_page->undoStack()->undo();
    QCOMPARE(store.event(id).value().name, oldName);

    const qint64 total = store.count().value();
    const int members = int(store.sets().members(m_samples).value().size());
    selectRows({2, 5});
    QTest::keyClick(m_view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(store.count().value(), total + 2);
    const QList<qint64> ids = store.sets().members(m_samples).value();
    QCOMPARE(ids.size(), members + 2);
    QCOMPARE(store.event(ids.constLast()).value().name.endsWith(QStringLiteral("(copy)")), true);
    m_page->undoStack()->undo();
    QCOMPARE(store.count().value(), total);
    QCOMPARE(store.sets().members(m_samples).value().size(), members);
}

void TestLibraryPage::enterOpensTheEventInTheComposer()
{
    QSignalSpy spy(&**m_ws, &Workspace::openEventRequested);
    selectRows({4});
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_page->eventModel()->eventId(4));
}

void TestLibraryPage::changesFromOtherPagesShowUp()
{
    EventStore &store = (*m_ws)->store();
    const int before = m_page->eventModel()->rowCount();
    auto id = store.insertEvent({0, QStringLiteral("crm"), QStringLiteral("deal_won"),
        QStringLiteral("from the composer"), QStringLiteral("{}")});
    QVERIFY(id);
    QVERIFY(store.sets().addMember(m_samples, id.value()));
    (*m_ws)->notifyLibraryChanged();
    QTRY_COMPARE(m_page->eventModel()->rowCount(), before + 1);
    QCOMPARE(m_page->eventModel()->eventId(before), id.value());
}

void TestLibraryPage::emptyStoreSaysWhatToDo()
{
    TestWorkspace empty(false, /*seedSamples=*/false);
    LibraryPage page(*empty);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *label = page.findChild<QLabel *>(QStringLiteral("libraryEmptyState"));
    QVERIFY(label && label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("Import")));
    QVERIFY(label->text().contains(QStringLiteral("composer")));
    QVERIFY(!page.findChild<QTreeView *>(QStringLiteral("libraryEvents"))->isVisible());
}

QTEST_MAIN(TestLibraryPage)
#include "tst_librarypage.moc"
