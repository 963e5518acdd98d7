// wirebench-node's command line: the input is argv, its arguments separated by NUL bytes.
// Runs in a folder of its own that holds c.json (the seed circuit), so that file arguments
// reach the loader; arguments that could name devices or /proc are skipped (a read of
// /dev/stdin would wait for ever).
#include "document/circuitformat.h"
#include "cli/nodecommand.h"

#include <QDir>

#include <cstdlib>
#include <unistd.h>

namespace {

char folder[] = "/tmp/wirebench-fuzz-XXXXXX";

void removeFolder()
{
    QDir(QString::fromLocal8Bit(folder)).removeRecursively();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (!mkdtemp(folder) || chdir(folder) != 0)
        std::abort();
    std::atexit(removeFolder);
    namespace cf = wb::circuitformat;
    if (!cf::save(QStringLiteral("c.json"), cf::load(cf::seedCircuitPath()).document).isEmpty())
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *risky : { "dev", "proc", "sys", "fd" }) {
        if (bytes.contains(risky))
            return 0;
    }
    QStringList arguments { QStringLiteral("wirebench-node") };
    for (const QByteArray &argument : bytes.split('\0'))
        arguments << QString::fromUtf8(argument);
    const wb::NodeCommand command = wb::parseNodeCommand(arguments);
    // Every answer explains itself, and a command that runs has a circuit that saves.
    if (command.mode == wb::NodeCommand::Mode::Fail && command.message.isEmpty())
        std::abort();
    if (command.mode == wb::NodeCommand::Mode::Run
        && wb::circuitformat::serialize(command.circuit).isEmpty()) {
        std::abort();
    }
    return 0;
}
