#pragma once

// A circuit with script nodes in a MeshRuntime, over real sockets: what the script tests
// share. Nodes listen on port 0 on 127.0.0.1.

#include "circuittestkit.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"
#include "wstestkit.h"

#include <QCryptographicHash>
#include <QVariantMap>

namespace wbtest {

struct ScriptBench
{
    wb::Circuit circuit;
    wb::MeshRuntime runtime { &circuit };
    QStringList logs; // "name: text"
    QHash<wb::NodeId, QVariantMap> script; // the last live state "script" of each node

    ScriptBench()
    {
        QObject::connect(&runtime, &wb::MeshRuntime::logLine, &runtime,
            [this](wb::NodeId, const QString &name, const QString &text, qint64) {
                logs << name + QStringLiteral(": ") + text;
            });
        QObject::connect(&runtime, &wb::MeshRuntime::liveState, &runtime,
            [this](wb::NodeId id, const QVariantMap &state) {
                if (state.contains(QStringLiteral("script")))
                    script[id] = state.value(QStringLiteral("script")).toMap();
            });
    }

    wb::NodeId add(const QString &name, wb::NodeKind kind, const QVariantMap &params = {})
    {
        wb::NodeSpec spec = nodeSpec(name, kind);
        spec.host = QStringLiteral("127.0.0.1");
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            spec.params.insert(it.key(), it.value());
        return circuit.addNode(spec);
    }
    wb::NodeId addScript(const QString &name, const QString &source, QVariantMap params = {})
    {
        params.insert(QStringLiteral("script"), source);
        return add(name, wb::NodeKind::Script, params);
    }
    // Starts a node; the URL it serves `path` on, empty when it does not listen.
    QUrl start(wb::NodeId id, const QString &path = QStringLiteral("datafeed"))
    {
        runtime.start(id);
        const quint16 port = runtime.listeningPort(id);
        if (port == 0)
            return {};
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(port).arg(path));
    }
    qint64 count(wb::NodeId id, const QString &name) const
    {
        for (const auto &pair : runtime.counts(id)) {
            if (pair.first == name)
                return pair.second;
        }
        return -1;
    }
    // The live state's "version" of a source.
    static QString version(const QString &source)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    }
    bool logged(const QString &line) const { return logs.contains(line); }
    QVariantMap error(wb::NodeId id) const
    {
        return script.value(id).value(QStringLiteral("error")).toMap();
    }
};

} // namespace wbtest
