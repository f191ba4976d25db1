#include "cli/eventscommand.h"

#include "cli/commandline.h"
#include "cli/jsonwriter.h"
#include "cli/schemaloader.h"
#include "cli/storeoption.h"

#include "core/io/inputreader.h"
#include "core/library/storedeventfactory.h"
#include "core/validation/payloadcheck.h"
#include "core/validation/validator.h"

#include <climits>

namespace {

QString validityName(EventValidity validity)
{
    switch (validity) {
    case EventValidity::Valid:
        return QStringLiteral("valid");
    case EventValidity::Invalid:
        return QStringLiteral("invalid");
    case EventValidity::Unknown:
        break;
    }
    return QStringLiteral("unchecked");
}

std::optional<EventValidity> parseValidity(const QString &text)
{
    if (text == QLatin1String("valid"))
        return EventValidity::Valid;
    if (text == QLatin1String("invalid"))
        return EventValidity::Invalid;
    return std::nullopt;
}

} // namespace

int EventsCommand::run(const QStringList &arguments, const CliIo &io)
{
    CommandLine cli(name(), summary(),
        QStringLiteral("action list | show ID | search WORDS... | add INPUT..."));
    cli.addOption(QCommandLineOption(QStringLiteral("family"),
        QStringLiteral("Only this family (list); family of bare "
                       "payloads (add)."),
        QStringLiteral("family")));
    cli.addOption(QCommandLineOption(
        QStringLiteral("sub-type"), QStringLiteral("Only this sub-type."), QStringLiteral("name")));
    cli.addOption(QCommandLineOption(QStringLiteral("validity"),
        QStringLiteral("Only valid or invalid events."), QStringLiteral("valid|invalid")));
    cli.addOption(QCommandLineOption(QStringLiteral("after"),
        QStringLiteral("Start after this event id (paging)."), QStringLiteral("id"),
        QStringLiteral("0")));
    cli.addOption(QCommandLineOption(QStringLiteral("limit"),
        QStringLiteral("At most this many (default 50)."), QStringLiteral("n"),
        QStringLiteral("50")));
    cli.addOption(
        QCommandLineOption(QStringLiteral("format"), QStringLiteral("text (default) or json."),
            QStringLiteral("format"), QStringLiteral("text")));
    cli.addOption(StoreOption::option());
    cli.addOption(SchemaLoader::option());
    if (const int code = cli.parse(arguments, io); code >= 0)
        return code;
    const QStringList words = cli.positional();
    const QString action = words.value(0, QStringLiteral("list"));
    for (const Error &error : {cli.integer(QStringLiteral("after"), 0, 0, LLONG_MAX).error(),
             cli.integer(QStringLiteral("limit"), 50, 1, 100000).error(),
             cli.choice(QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")})
                 .error()})
        if (!error.code.isEmpty())
            return cli.usageError(io, error.message);
    auto store = StoreOption::open(cli.value(QStringLiteral("store")), io);
    if (!store)
        return ExitCode::Usage;
    if (action == QLatin1String("list"))
        return list(*store, cli, io);
    if (action == QLatin1String("show") && words.size() == 2)
        return show(*store, words.at(1), io);
    if (action == QLatin1String("search") && words.size() >= 2)
        return search(*store, cli, io);
    if (action == QLatin1String("add") && words.size() >= 2)
        return add(*store, cli, io);
    return cli.usageError(io,
        QStringLiteral("unknown action or missing argument: '%1'")
            .arg(words.join(QLatin1Char(' '))));
}

void EventsCommand::print(const QList<StoredEvent> &events, bool asJson, const CliIo &io)
{
    QByteArray out;
    if (asJson) {
        JsonWriter json(out);
        json.beginArray();
        for (const StoredEvent &e : events) {
            json.beginObject().key("id").value(e.id).key("family").value(e.family);
            json.key("subType").value(e.subType).key("name").value(e.name);
            json.key("dedupId").value(e.dedupId).key("validity").value(validityName(e.validity));
            json.key("updatedAt").value(e.updatedAt.toUTC().toString(Qt::ISODate)).endObject();
        }
        json.endArray();
        out += '\n';
    } else {
        for (const StoredEvent &e : events)
            out += QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(e.id, 6)
                       .arg(e.family + QLatin1Char('/') + e.subType, -28)
                       .arg(validityName(e.validity), -9)
                       .arg(e.dedupId.left(12), e.name)
                       .toUtf8();
        if (events.isEmpty())
            out += "no events\n";
    }
    io.out->write(out);
}

int EventsCommand::list(EventStore &store, const CommandLine &cli, const CliIo &io)
{
    EventFilter filter;
    filter.family = cli.value(QStringLiteral("family"));
    filter.subType = cli.value(QStringLiteral("sub-type"));
    filter.validity = parseValidity(cli.value(QStringLiteral("validity")));
    const int limit = cli.value(QStringLiteral("limit")).toInt(); // checked in run()
    const auto page = store.pageAfter(cli.value(QStringLiteral("after")).toLongLong(), limit,
        filter, EventStore::Columns::Summary);
    const auto total = store.count(filter);
    if (!page || !total) {
        io.printError(
            QStringLiteral("error: %1\n").arg(page ? total.error().message : page.error().message));
        return ExitCode::Usage;
    }
    const bool asJson = cli.value(QStringLiteral("format")) == QLatin1String("json");
    print(page.value(), asJson, io);
    if (!asJson)
        io.printError(
            QStringLiteral("%1 of %2 events%3\n")
                .arg(page.value().size())
                .arg(total.value())
                .arg(page.value().size() < limit
                        ? QString()
                        : QStringLiteral("; next page: --after %1").arg(page.value().last().id)));
    return ExitCode::Ok;
}

int EventsCommand::show(EventStore &store, const QString &id, const CliIo &io)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || number <= 0) {
        io.printError(QStringLiteral("error: \"%1\" is not an event id; ids are whole numbers "
                                     "from 1 (see 'events list')\n")
                          .arg(id));
        return ExitCode::Usage;
    }
    const auto event = store.event(number);
    if (!event) {
        io.printError(QStringLiteral("error: %1\n").arg(event.error().message));
        return ExitCode::Usage;
    }
    io.print(event.value().payload + QLatin1Char('\n'));
    return ExitCode::Ok;
}

int EventsCommand::search(EventStore &store, const CommandLine &cli, const CliIo &io)
{
    const QString text = cli.positional().mid(1).join(QLatin1Char(' '));
    const auto found = store.search(text, cli.value(QStringLiteral("after")).toLongLong(),
        cli.value(QStringLiteral("limit")).toInt(), EventStore::Columns::Summary);
    if (!found) {
        io.printError(QStringLiteral("error: %1\n").arg(found.error().message));
        return ExitCode::Usage;
    }
    print(found.value(), cli.value(QStringLiteral("format")) == QLatin1String("json"), io);
    return ExitCode::Ok;
}

int EventsCommand::add(EventStore &store, const CommandLine &cli, const CliIo &io)
{
    const auto schemas = SchemaLoader::load(cli.values(QStringLiteral("schema")), io);
    if (!schemas)
        return ExitCode::Usage;
    const Validator validator(*schemas);
    QList<StoredEvent> batch;
    int rejected = 0;
    for (const QString &input : cli.positional().mid(1)) {
        auto read = InputReader::read(input, [&](const InputEvent &in) {
            if (!in.parsed) {
                ++rejected;
                io.printError(
                    QStringLiteral("%1: not added: %2\n").arg(in.source, in.error.message));
                return;
            }
            const QString family
                = in.family.isEmpty() ? cli.value(QStringLiteral("family")) : in.family;
            const PayloadCheck check = in.check(validator, family);
            const std::string_view body = in.payloadText;
            const QString payload
                = QString::fromUtf8(body.data(), static_cast<qsizetype>(body.size()));
            batch.append(StoredEventFactory::make(in.name.isEmpty()
                    ? StoredEventFactory::importedName(in.source, payload, check)
                    : in.name,
                payload, check));
        });
        if (!read) {
            io.printError(QStringLiteral("error: %1\n").arg(read.error().message));
            return ExitCode::Usage;
        }
    }
    // All or nothing, as import: a retry after fixing the file must not store events twice.
    if (rejected > 0) {
        io.printError(QStringLiteral("error: nothing was added: %1 of %2 event%3 could not be read "
                                     "(see above); fix them and run the command again.\n")
                          .arg(rejected)
                          .arg(rejected + batch.size())
                          .arg(rejected + batch.size() == 1 ? QString() : QStringLiteral("s")));
        return ExitCode::Usage;
    }
    const auto ids = store.bulkInsert(batch);
    if (!ids) {
        io.printError(QStringLiteral("error: %1\n").arg(ids.error().message));
        return ExitCode::Usage;
    }
    io.print(QStringLiteral("added %1 event%2\n")
                 .arg(ids.value().size())
                 .arg(ids.value().size() == 1 ? QString() : QStringLiteral("s")));
    return ExitCode::Ok;
}
