// The translator from the sketch language to Python (core/cli/jstopython.h): JavaScript snippets
// and the Python they become, the refusals with their line numbers, and JavaScript's values as
// real Python computes them from the translation (/usr/bin/python3 runs the translated class
// with the exported file's helpers).
#include "cli/jstopython.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::jstopython::translate;

namespace {

QString resource(const QString &name)
{
    QFile file(u":/wirebench/python/"_s + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Runs the translated class under real Python with the exported file's glue; returns what it
// printed (stdout and stderr), or why it could not run.
QString runPython(const QString &python, const QString &driver)
{
    QProcess process;
    process.start(QStringLiteral(WIREBENCH_PYTHON), { u"-"_s });
    if (!process.waitForStarted(10000))
        return u"python did not start"_s;
    process.write((resource(u"prelude.py"_s) + resource(u"jsrules.py"_s) + u"\n\n"_s + python
        + u"\n\n"_s + driver + u"\n"_s)
                      .toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(20000))
        return u"python did not finish"_s;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TestJsToPython final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translates_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("fragments");

        QTest::newRow("setup and loop")
            << u"function setup(params) {\n  out('ready');\n}\nfunction loop(channel, message) "
               "{\n  return 'ok';\n}\n"_s
            << QStringList {
                   u"class Sketch(FactoryLoop):"_s,
                   u"    def setup(self, params=None):\n        self.out('ready')"_s,
                   u"    @reactive\n    async def loop(self, channel=None, message=None):\n        return 'ok'"_s
               };
        QTest::newRow("globals become attributes")
            << u"let count = 0;\nfunction loop(c, m) {\n  count++;\n  count += 2;\n  return 'n=' + count;\n}"_s
            << QStringList { u"    def load(self):"_s, u"        self.count = 0"_s,
                   u"        self.count += 1\n        self.count += 2"_s,
                   u"        return 'n=' + js_str(self.count)"_s };
        QTest::newRow("a variable that holds a string too")
            << u"let x = 0;\nfunction setup(p) { x = 'a'; }\nfunction loop(c, m) { x = x + 1; return x; }"_s
            << QStringList { u"self.x = js_add(self.x, 1)"_s };
        QTest::newRow("params")
            << u"let chance;\nfunction setup(params) {\n  chance = params.chance;\n  out(params.name);\n}"_s
            << QStringList { u"self.chance = params.chance"_s, u"self.out(js_str(params.name))"_s };
        QTest::newRow("strict equality with a string")
            << u"function loop(channel, message) {\n  if (message === '1') {\n    return 'on';\n  } else if (message !== '0') {\n    return 'what';\n  } else {\n    return 'off';\n  }\n}"_s
            << QStringList {
                   u"        if message == '1':\n            return 'on'\n        elif message != '0':\n            return 'what'\n        else:\n            return 'off'"_s
               };
        QTest::newRow("loose equality")
            << u"function loop(c, m) { return m == 1 ? 'one' : 'other'; }"_s
            << QStringList { u"return 'one' if js_loose_eq(m, 1) else 'other'"_s };
        QTest::newRow("null and undefined")
            << u"function loop(c, m) { if (m === null || m == undefined) return 'none'; }"_s
            << QStringList { u"if m is None or m is None:"_s };
        QTest::newRow("for loop with continue")
            << u"function f() {\n  let s = 0;\n  for (let i = 0; i < 10; i++) {\n    if (i % 2 === 0) continue;\n    s += i;\n  }\n  return s;\n}"_s
            << QStringList {
                   u"        i = 0\n        while i < 10:\n            if js_mod(i, 2) == 0:\n                i += 1\n                continue\n            s += i\n            i += 1"_s
               };
        QTest::newRow("for of")
            << u"function f(items) { let n = 0; for (const x of items) { n = n + 1; } return n; }"_s
            << QStringList { u"for x in items:"_s, u"n = n + 1"_s };
        QTest::newRow("while, break")
            << u"function f() { let n = 0; while (true) { n++; if (n > 3) break; } return n; }"_s
            << QStringList { u"while True:"_s, u"if n > 3:\n                break"_s };
        QTest::newRow("await stream")
            << u"async function loop(channel, message) {\n  const acks = await stream('buzzer', [1, 0], 'bits');\n  return acks.join(' ');\n}"_s
            << QStringList { u"acks = await self.stream('buzzer', [1, 0], 'bits')"_s,
                   u"return js_join(acks, ' ')"_s };
        QTest::newRow("stream without await") << u"function loop(c, m) { stream('*', m); }"_s
                                              << QStringList { u"self.stream('*', m)"_s };
        QTest::newRow("async helper")
            << u"async function send(x) { return await stream(null, [x]); }\nasync function loop(c, m) { await send(m); send(m); }"_s
            << QStringList { u"async def send(self, x=None):"_s, u"await self.send(m)"_s,
                   u"asyncio.ensure_future(self.send(m))"_s };
        QTest::newRow("Math") << u"function f() { return Math.floor(Math.random() * 6) + 1; }"_s
                              << QStringList {
                                     u"return math.floor(self.random.random() * 6) + 1"_s
                                 };
        QTest::newRow("arrays")
            << u"function f() { const bits = []; bits.push(1); return bits.length + bits[0]; }"_s
            << QStringList { u"bits = []"_s, u"bits.append(1)"_s,
                   u"return js_add(len(bits), js_get(bits, 0))"_s };
        QTest::newRow("object literal")
            << u"function f() { const o = {a: 1, 'b c': 'x'}; o.a = 2; return o.a; }"_s
            << QStringList { u"o = JsObject({'a': 1, 'b c': 'x'})"_s, u"o.a = 2"_s };
        QTest::newRow("setInterval with a function")
            << u"let n = 0;\nfunction tick() { n++; }\nfunction setup(p) { setInterval(tick, 500); }"_s
            << QStringList { u"self.set_timer(self.tick, 500, True)"_s };
        QTest::newRow("setTimeout with an arrow function")
            << u"function setup(p) {\n  let fired = 0;\n  const id = setTimeout(() => {\n    fired = fired + 1;\n    out('fired ' + fired);\n  }, 100);\n  clearTimeout(id);\n}"_s
            << QStringList {
                   u"        def _callback_1():\n            nonlocal fired\n            fired = fired + 1"_s,
                   u"        id = self.set_timer(_callback_1, 100, False)"_s,
                   u"        self.clear_timer(id)"_s
               };
        QTest::newRow("python names")
            << u"function f(lambda) { let str = lambda; return str; }"_s
            << QStringList { u"def f(self, lambda_=None):"_s, u"str_ = lambda_"_s };
        QTest::newRow("truthiness of unknowns")
            << u"function f(x) { if (!x) return 'no'; return x || 'default'; }"_s
            << QStringList { u"if not js_truthy(x):"_s,
                   u"return x if js_truthy(x) else 'default'"_s };
        QTest::newRow("console.log and several values")
            << u"function setup(p) { console.log('a', 1); }"_s
            << QStringList { u"self.out('a' + ' ' + js_str(1))"_s };
        QTest::newRow("no semicolons")
            << u"let a = 1\nlet b = 2\nfunction f() {\n  return a + b\n}"_s
            << QStringList { u"self.a = 1\n        self.b = 2"_s, u"return self.a + self.b"_s };
        QTest::newRow("return on its own line") << u"function f() {\n  return\n  42\n}"_s
                                                << QStringList { u"return None\n        42"_s };
    }
    void translates()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, fragments);
        const auto result = translate(source, u"Sketch"_s);
        QVERIFY2(result.ok, qPrintable(result.error));
        for (const QString &fragment : std::as_const(fragments))
            QVERIFY2(result.python.contains(fragment),
                qPrintable(u"missing:\n"_s + fragment + u"\nin:\n"_s + result.python));
        // It is Python.
        const QString out = runPython(result.python, u"print('compiled')"_s);
        QVERIFY2(out.trimmed() == u"compiled"_s, qPrintable(out + u"\n"_s + result.python));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("error");

        QTest::newRow("switch") << u"function loop(c, m) {\n  switch (m) {}\n}"_s
                                << u"line 2: switch has no Python translation"_s;
        QTest::newRow("try") << u"\n\nfunction f() { try { } catch (e) { } }"_s
                             << u"line 3: try ... catch has no Python translation"_s;
        QTest::newRow("template literal")
            << u"let a = 1;\nlet s = `x${a}`;"_s
            << u"line 2: a template literal (`...`) has no Python translation: join strings with +"_s;
        QTest::newRow("new") << u"function f() {\n\n  return new Date();\n}"_s
                             << u"line 3: new has no Python translation"_s;
        QTest::newRow("this") << u"function f() { return this.x; }"_s
                              << u"line 1: this has no Python translation"_s;
        QTest::newRow("arrow as a value")
            << u"function f(a) {\n  const g = (x) => x + 1;\n}"_s
            << u"line 2: a function as a value (only setTimeout and setInterval take a function) has no Python translation"_s;
        QTest::newRow("function as a value")
            << u"function g() {}\nlet h = g;"_s
            << u"line 2: the function g as a value (only setTimeout and setInterval take a function) has no Python translation"_s;
        QTest::newRow("unknown method") << u"function f(a) {\n  return a.map(g);\n}"_s
                                        << u"line 2: the method .map() has no Python translation"_s;
        QTest::newRow("undeclared name")
            << u"function f() {\n  return JSON.stringify(1);\n}"_s
            << u"line 2: JSON (not a variable or function of the sketch, nor of the script API) has no Python translation"_s;
        QTest::newRow("assignment in a condition")
            << u"function f(a) {\n  if (a = 1) return 2;\n}"_s
            << u"line 2: an assignment inside an expression has no Python translation"_s;
        QTest::newRow("increment in an expression")
            << u"let i = 0;\nfunction f() { return i++; }"_s
            << u"line 2: ++ inside an expression has no Python translation"_s;
        QTest::newRow("shadowing")
            << u"function f() {\n  let x = 1;\n  if (x) {\n    let x = 2;\n  }\n}"_s
            << u"line 4: a second variable x inside x's scope (shadowing) has no Python translation"_s;
        QTest::newRow("nested function")
            << u"function f() {\n  function g() {}\n}"_s
            << u"line 2: a function declared inside a block or function (declare it at the top level) has no Python translation"_s;
        QTest::newRow("bitwise") << u"function f(a) { return a | 1; }"_s
                                 << u"line 1: the operator | has no Python translation"_s;
        QTest::newRow("typeof") << u"function f(a) {\n return typeof a;\n}"_s
                                << u"line 2: typeof has no Python translation"_s;
        QTest::newRow("for in") << u"function f(o) {\n  for (const k in o) {}\n}"_s
                                << u"line 2: for (... in ...) has no Python translation"_s;
        QTest::newRow("await outside async")
            << u"function loop(c, m) {\n  await stream('*', m);\n}"_s
            << u"line 2: await outside an async function"_s;
        QTest::newRow("syntax error")
            << u"function f(1) {}"_s << u"line 1: expected a parameter name"_s;
        QTest::newRow("unclosed string") << u"let a = 1;\nlet s = 'abc;\n"_s
                                         << u"line 2: a string that never ends (no closing ')"_s;
        QTest::newRow("missing semicolon")
            << u"let a = 1 let b = 2;"_s << u"line 1: expected ';' or a new line before 'let'"_s;
        QTest::newRow("do while") << u"function f() {\n  do { } while (false);\n}"_s
                                  << u"line 2: do ... while has no Python translation"_s;
        QTest::newRow("regular expression")
            << u"function f(s) {\n  return /a+/.test(s);\n}"_s
            << u"line 2: a regular expression has no Python translation"_s;
        QTest::newRow("function named out")
            << u"function out(x) {}"_s
            << u"line 1: a function named out (a name of the script API) has no Python translation"_s;
    }
    void refuses()
    {
        QFETCH(QString, source);
        QFETCH(QString, error);
        const auto result = translate(source, u"Sketch"_s);
        QVERIFY2(!result.ok, qPrintable(result.python));
        QCOMPARE(result.error, error);
        QVERIFY(result.python.isEmpty());
    }

    // JavaScript's values, computed by Python from the translation: each row is the body of a
    // function and the text JavaScript's String() gives for its result.
    void values_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");

        QTest::newRow("string + number") << u"return 'a' + 1 + 2;"_s << u"a12"_s;
        QTest::newRow("number + number + string") << u"return 1 + 2 + 'a';"_s << u"3a"_s;
        QTest::newRow("unknown + number") << u"let x = '5'; let y = x; return y + 1;"_s << u"51"_s;
        QTest::newRow("string * number") << u"let x = '3'; return x * 2;"_s << u"6"_s;
        QTest::newRow("division") << u"return 10 / 4;"_s << u"2.5"_s;
        QTest::newRow("whole division") << u"return 6 / 2;"_s << u"3"_s;
        QTest::newRow("division by zero") << u"let z = 0; return 1 / z;"_s << u"Infinity"_s;
        QTest::newRow("remainder of a negative") << u"return -7 % 3;"_s << u"-1"_s;
        QTest::newRow("remainder by a negative") << u"return 7 % -3;"_s << u"1"_s;
        QTest::newRow("float") << u"return 0.1 + 0.2;"_s << u"0.30000000000000004"_s;
        QTest::newRow("loose equality") << u"let a = '1'; return a == 1;"_s << u"true"_s;
        QTest::newRow("strict equality")
            << u"let a = '1'; let b = 1; return a === b;"_s << u"false"_s;
        QTest::newRow("boolean is not 1")
            << u"let a = true; let b = 1; return a === b;"_s << u"false"_s;
        QTest::newRow("empty array is true")
            << u"let a = []; return a ? 'yes' : 'no';"_s << u"yes"_s;
        QTest::newRow("empty string is false")
            << u"let a = ''; return a || 'empty';"_s << u"empty"_s;
        QTest::newRow("array as text") << u"return [1, 'a', 2.5];"_s << u"1,a,2.5"_s;
        QTest::newRow("join") << u"const b = []; b.push(1); b.push(0); return b.join('');"_s
                              << u"10"_s;
        QTest::newRow("length and index")
            << u"const s = 'hello'; return s.length + s[1];"_s << u"5e"_s;
        QTest::newRow("index out of range") << u"const a = [1]; return a[5];"_s << u"undefined"_s;
        QTest::newRow("object") << u"const o = {a: 1}; o.b = 'x'; return o.a + o.b + o.c;"_s
                                << u"1xundefined"_s;
        QTest::newRow("object as text") << u"return {a: 1};"_s << u"[object Object]"_s;
        QTest::newRow("parseInt") << u"return parseInt('42px') + parseFloat('1.5e1x');"_s
                                  << u"57"_s;
        QTest::newRow("round half up")
            << u"return Math.round(2.5) + ',' + Math.round(-2.5);"_s << u"3,-2"_s;
        QTest::newRow("min max") << u"return Math.max(1, 7, 3) - Math.min(4, 2);"_s << u"5"_s;
        QTest::newRow("for loop")
            << u"let s = ''; for (let i = 0; i < 5; i++) { if (i === 2) continue; s += i; } return s;"_s
            << u"0134"_s;
        QTest::newRow("string methods")
            << u"return ' Ab '.trim().toUpperCase() + 'x'.indexOf('y');"_s << u"AB-1"_s;
        QTest::newRow("split") << u"return 'a,b'.split(',').length;"_s << u"2"_s;
        QTest::newRow("boolean") << u"return !0 && 1 < 2;"_s << u"true"_s;
        QTest::newRow("ternary of ternary")
            << u"let n = 5; return n > 3 ? n > 4 ? 'big' : 'mid' : 'small';"_s << u"big"_s;
        QTest::newRow("NaN") << u"return parseInt('x');"_s << u"NaN"_s;
        QTest::newRow("toFixed") << u"let v = 2.345; return v.toFixed(1);"_s << u"2.3"_s;
    }
    void values()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        const auto result = translate(u"function f() {\n"_s + body + u"\n}\n"_s, u"Sketch"_s);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString out = runPython(result.python, u"print(js_str(Sketch('t', {}, {}).f()))"_s);
        QVERIFY2(out.trimmed() == expected, qPrintable(out + u"\n"_s + result.python));
    }
};

QTEST_GUILESS_MAIN(TestJsToPython)
#include "tst_jstopython.moc"
