// Importing a 5 MB stream document against md4c's own parse of it, in one process and
// alternately, so that both read the same bytes from the same page cache:
//   bare:   read the file, md_parse with empty callbacks (the floor: md4c's own work)
//   import: read the file, MarkdownReader (blocks, text, repair), StreamParser, StreamReview:
//           everything `blihopsctl stream import` does before it writes the snapshot
//   store:  the same plus the snapshot written to a SQLite workspace, for reference
// Usage: streamhelper RUNS
#include "BenchLab.h"
#include "markdown/MarkdownReader.h"
#include "streams/StreamParser.h"
#include "streams/StreamRepository.h"
#include "streams/StreamReview.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <md4c.h>

using namespace blihops;

namespace {

// A stream document of at least five megabytes, shaped like the team's: tasks with Status
// fields and subtasks of ticked and unticked boxes, misread emoji, a results table, code
// blocks with example boxes in them.
QByteArray streamDocument()
{
    const QByteArray check = "\xE2\x80\x9A\xC3\xBA\xC3\x96"; // "✅" misread as Mac Roman
    QByteArray text = "# STREAM 9: Load\n\n**Status**: " + check +
                      " PARTIAL - under way  \n"
                      "**Dependencies**: NONE\n\n";
    for (int task = 1; text.size() < 5 * 1024 * 1024; ++task) {
        const QByteArray id = "9." + QByteArray::number(task);
        text += "### TASK " + id +
                ": Work package (1 day)\n**Priority**: High  \n**Status**: " + check +
                " IN PROGRESS\n\n";
        for (int subtask = 1; subtask <= 3; ++subtask) {
            text += "#### Subtask " + id + '.' + QByteArray::number(subtask) + ": Part\n";
            for (int item = 0; item < 8; ++item) {
                text += (item % 3 == 0 ? "- [ ] " : "- [x] ") +
                        QByteArray("Configure the `service` and check its **health** ") + check +
                        "\n";
                if (item == 4)
                    text += "  - [x] a nested step with [a link](https://example.org)\n";
            }
            text += "\n```bash\n- [ ] not a box: code\n```\n\n";
        }
        text += "| Test | Status | Completion |\n|---|---|---|\n| Test " +
                QByteArray::number(task) + ": Part | " + check + " **PASS** | 100% |\n\n";
    }
    return text;
}

int enterBlock(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}
int leaveBlock(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}
int enterSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}
int leaveSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}
int text(MD_TEXTTYPE, const MD_CHAR *, MD_SIZE, void *)
{
    return 0;
}

double timeBare(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = MarkdownReader::fileContents(path);
    MD_PARSER parser = {};
    parser.flags = MarkdownReader::parserFlags();
    parser.enter_block = &enterBlock;
    parser.leave_block = &leaveBlock;
    parser.enter_span = &enterSpan;
    parser.leave_span = &leaveSpan;
    parser.text = &text;
    if (md_parse(bytes.constData(), MD_SIZE(bytes.size()), &parser, nullptr) != 0) {
        std::fprintf(stderr, "md_parse failed\n");
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double timeImport(const QString &path, int *tasks, int *contradictions)
{
    QElapsedTimer timer;
    timer.start();
    const StreamReport report =
        StreamParser::parseDocument(MarkdownReader::fileContents(path), "load");
    const qsizetype found = StreamReview::contradictions(report).size();
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    *tasks = int(report.tasks.size());
    *contradictions = int(found);
    return elapsed;
}

double timeStore(Workspace &workspace, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    StreamRepository(workspace).import(path);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: streamhelper RUNS\n");
        return 2;
    }
    const int runs = std::max(1, QByteArray(argv[1]).toInt());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stream-load.md"));
    QFile file(path);
    const QByteArray document = streamDocument();
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size())
        return 1;
    file.close();
    Workspace workspace(WorkspaceLocation::fromString(dir.filePath(QStringLiteral("w.sqlite"))));
    workspace.open();

    QList<double> bare;
    QList<double> imported;
    QList<double> stored;
    int tasks = 0;
    int contradictions = 0;
    timeImport(path, &tasks, &contradictions); // warm the page cache and the allocator for both
    for (int run = 0; run < runs; ++run) {
        bare << timeBare(path);
        imported << timeImport(path, &tasks, &contradictions);
        stored << timeStore(workspace, path);
    }
    const double floor = bench::median(bare);
    const double import = bench::median(imported);
    std::printf("document:            %.2f MB, %d tasks, %d contradictions, %d runs each\n",
                double(document.size()) / (1024 * 1024), tasks, contradictions, runs);
    std::printf("bare md_parse:       %.1f ms (median)\n", floor);
    std::printf("import (no store):   %.1f ms (median), %.2fx bare  [goal: < 100 ms, <= 2x]\n",
                import, import / floor);
    std::printf("import and store:    %.1f ms (median, SQLite snapshot written)\n",
                bench::median(stored));
    return 0;
}
