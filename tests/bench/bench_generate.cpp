// Generation figures against a fake OpenAI-compatible server on loopback that answers at once:
// the pipeline's own time per generation (retrieval + prompt + HTTP + parse + validation +
// storage), the delay between a streamed delta's arrival and the partial script being handed
// on, and resident memory after many generations.
// Run: build/<preset>/tests/bench/bench_generate [generations]

#include "generate/Generator.h"
#include "generate/ScriptSchema.h"
#include "llm/SseParser.h"
#include "model/JsonCodec.h"
#include "rag/ExampleLibrary.h"
#include "rag/Retriever.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "support/FakeOpenAiServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace reel;

namespace {

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QByteArray streamOf(const QString& text, int pieceSize)
{
    QByteArray s;
    for (qsizetype i = 0; i < text.size(); i += pieceSize) {
        const QJsonObject chunk{
                {QStringLiteral("choices"),
                 QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                        {QStringLiteral("delta"),
                                         QJsonObject{{QStringLiteral("content"), text.mid(i, pieceSize)}}}}}}};
        s += "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
    }
    s += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
    s += "data: "
         "{\"choices\":[],\"usage\":{\"prompt_tokens\":1500,\"completion_tokens\":400,\"total_tokens\":1900}}\n\n";
    s += "data: [DONE]\n\n";
    return s;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int generations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
    if (!db)
        return 1;
    ExampleLibrary library(*db.value());
    (void)library.seedBundled();
    RetrievalIndex index(library, dir.filePath(QStringLiteral("index")));
    (void)index.ensure();
    ScriptStore store(*db.value());

    QFile requestFile(QStringLiteral(REEL_TEST_DATA_DIR "/requests/original.json"));
    QFile scriptFile(QStringLiteral(REEL_TEST_DATA_DIR "/scripts/complete.json"));
    if (!requestFile.open(QIODevice::ReadOnly) || !scriptFile.open(QIODevice::ReadOnly))
        return 1;
    const RequestFile request = codec::decodeRequestFile(requestFile.readAll()).value;
    const QString script = QString::fromUtf8(scriptFile.readAll());

    test::FakeOpenAiServer server;
    const QByteArray stream = streamOf(script, 12);
    server.setHandler([&](const test::RecordedRequest&) { return test::FakeResponse::sse(stream, 64); });
    QNetworkAccessManager network;
    Generator generator(network, &store, {});
    GenerationSetup setup;
    setup.provider.provider = QStringLiteral("openai");
    setup.provider.baseUrl = server.baseUrl();
    setup.provider.model = QStringLiteral("gpt-4o-mini");
    setup.apiKey = QStringLiteral("sk-bench");

    // Delta → partial script: the work done between a read of streamed bytes and the partial
    // script the page shows — SSE parsing, the chunk's JSON, the partial-JSON reading — timed per
    // 64-byte read over the whole stream (what ChatCompletion and Generator do on each read).
    std::vector<double> deltaUs;
    for (int round = 0; round < 20; ++round) {
        SseParser sse;
        QString content;
        for (qsizetype i = 0; i < stream.size(); i += 64) {
            QElapsedTimer t;
            t.start();
            for (const SseParser::Event& e :
                 sse.feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(64, stream.size() - i)))) {
                const QJsonObject chunk = QJsonDocument::fromJson(e.data).object();
                content += chunk[u"choices"][0][u"delta"][u"content"].toString();
            }
            const ReelScript partial = partialScript(content);
            deltaUs.push_back(static_cast<double>(t.nsecsElapsed()) / 1000.0);
            Q_UNUSED(partial);
        }
    }

    std::vector<double> totalMs, retrievalMs;
    double rssAfterFirst = 0;
    for (int g = 0; g < generations; ++g) {
        QElapsedTimer t;
        t.start();
        RetrievalRequest r;
        r.text = request.scriptRequest.topic + u'\n' + request.brandProfile.offer;
        r.language = QStringLiteral("en");
        r.sector = request.brandProfile.sector;
        r.hookType = request.scriptRequest.hookType;
        r.k = 4;
        GenerationInput input;
        input.profile = request.brandProfile;
        input.request = request.scriptRequest;
        const auto found = index.retrieve(r);
        for (const RetrievedExample& e : found.value())
            input.examples.append(e.example);
        retrievalMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        QEventLoop loop;
        QObject::connect(&generator, &Generator::finished, &loop, &QEventLoop::quit);
        generator.start(input, setup);
        loop.exec();
        totalMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (g == 0)
            rssAfterFirst = residentMiB();
    }
    std::printf("generations: %d against a zero-latency loopback server (stream of %lld bytes in 64-byte reads)\n",
                generations, static_cast<long long>(stream.size()));
    std::printf("pipeline per generation (retrieval + prompt + HTTP + parse + validation + storage): median %.2f ms, "
                "p99 %.2f ms\n",
                percentile(totalMs, 0.5), percentile(totalMs, 0.99));
    std::printf("  of which retrieval: median %.2f ms\n", percentile(retrievalMs, 0.5));
    std::printf("delta read -> partial script ready: median %.3f ms, p99 %.3f ms (%zu deltas)\n",
                percentile(deltaUs, 0.5) / 1000, percentile(deltaUs, 0.99) / 1000, deltaUs.size());
    std::printf("resident memory: %.1f MiB after the first generation, %.1f MiB after %d (%lld scripts stored)\n",
                rssAfterFirst, residentMiB(), generations, static_cast<long long>(store.count().value()));
    return 0;
}
