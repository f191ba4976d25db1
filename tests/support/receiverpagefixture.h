#pragma once

#include "tests/support/testworkspace.h"
#include "ui/receiver/inboxmodel.h"
#include "ui/receiver/receiverpage.h"

#include "core/receiver/receiver.h"
#include "core/schema/schemaset.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

// The receiver page on a workspace whose receiver listens on a free port, a model tester on its
// inbox, and helpers to post over 127.0.0.1 and read the inbox and the counts back.
class ReceiverPageFixture
{
protected:
    void setUp()
    {
        m_ws = std::make_unique<TestWorkspace>(/*startReceiver=*/true);
        QVERIFY((*m_ws)->receiver().isListening());
        m_page = new ReceiverPage(**m_ws);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        m_model = m_page->inboxModel();
        m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_page);
        m_network = new QNetworkAccessManager(m_page);
    }
    void tearDown()
    {
        delete m_page;
        m_page = nullptr;
        m_ws.reset();
    }
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    QByteArray example(const QString &family) const;
    QNetworkReply *send(const QString &family, const QByteArray &body, bool legacy = false,
        const QByteArray &key = {});
    int post(const QString &family, const QByteArray &body, bool legacy = false,
        const QByteArray &key = {});
    int waitFor(QNetworkReply *reply);
    QString cell(int row, int column) const;
    QStringList countsOf(const QString &family) const; // accepted, duplicates, rejected, faulted
    void selectRow(int row);

    std::unique_ptr<TestWorkspace> m_ws;
    ReceiverPage *m_page = nullptr;
    InboxModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QNetworkAccessManager *m_network = nullptr;
};

inline QByteArray ReceiverPageFixture::example(const QString &family) const
{
    const CompiledSchema *schema = (*m_ws)->schemas().schema(family);
    return schema && !schema->examples().isEmpty() ? schema->examples().first() : QByteArray();
}

QNetworkReply *ReceiverPageFixture::send(
    const QString &family, const QByteArray &body, bool legacy, const QByteArray &key)
{
    QNetworkRequest request((*m_ws)->receiver().endpointUrl(family, legacy));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!key.isEmpty())
        request.setRawHeader("api_key", key);
    return m_network->post(request, body);
}

inline int ReceiverPageFixture::waitFor(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
    }
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

inline int ReceiverPageFixture::post(
    const QString &family, const QByteArray &body, bool legacy, const QByteArray &key)
{
    const int status = waitFor(send(family, body, legacy, key));
    m_model->flush(); // what the timer does a few times a second
    return status;
}

inline QString ReceiverPageFixture::cell(int row, int column) const
{
    return m_model->index(row, column).data().toString();
}

inline QStringList ReceiverPageFixture::countsOf(const QString &family) const
{
    auto *table = find<QTableWidget>(QStringLiteral("familyCounts"));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() != family)
            continue;
        QStringList cells;
        for (int column = 1; column < table->columnCount(); ++column)
            cells << table->item(row, column)->text();
        return cells;
    }
    return {};
}

inline void ReceiverPageFixture::selectRow(int row)
{
    auto *view = find<QTableView>(QStringLiteral("inboxView"));
    view->selectionModel()->clearSelection();
    view->selectRow(row);
}
