#include "model/JsonLocator.h"

#include <QList>

namespace reel {

namespace {

// A small scanner over already-valid JSON that walks the structure and remembers the line
// where each value starts. It never builds values: only positions matter here.
class Scanner
{
public:
    Scanner(const QByteArray& text, QList<QString> target)
        : m_text(text)
        , m_target(std::move(target))
    {}

    int run()
    {
        skipSpace();
        value(0);
        return m_found > 0 ? m_found : m_closest;
    }

private:
    const QByteArray& m_text;
    QList<QString> m_target; ///< path components: member names, or "[n]" for array items
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_found = 0;
    int m_closest = 0;
    int m_depth = 0;

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void advance()
    {
        if (peek() == '\n')
            ++m_line;
        ++m_pos;
    }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    QString string()
    {
        QByteArray out;
        advance(); // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                advance();
                if (peek() == 'u') {
                    out.append("\\u");
                    advance();
                    continue;
                }
            }
            out.append(peek());
            advance();
        }
        advance(); // closing quote
        return QString::fromUtf8(out);
    }

    // `matched`: how many leading components of the target the current value's path equals.
    void value(int matched)
    {
        if (m_found > 0 || ++m_depth > 512)
            return;
        if (matched == m_target.size()) {
            m_found = m_line;
            return;
        }
        m_closest = m_line; // only values on the path are entered: the deepest so far
        const char c = peek();
        if (c == '{') {
            advance();
            skipSpace();
            while (!atEnd() && peek() != '}' && m_found == 0) {
                const QString key = string();
                skipSpace();
                advance(); // ':'
                skipSpace();
                // A key may hold dots itself ("hashtags.max"): it then stands for several components.
                qsizetype consumed = 0;
                QString joined;
                for (qsizetype k = matched; k < m_target.size() && consumed == 0; ++k) {
                    if (m_target.at(k).startsWith(u'['))
                        break;
                    joined += (k == matched ? QString() : QStringLiteral(".")) + m_target.at(k);
                    if (joined == key)
                        consumed = k - matched + 1;
                }
                if (consumed > 0)
                    value(static_cast<int>(matched + consumed));
                else
                    skipValue();
                skipSpace();
                if (peek() == ',') {
                    advance();
                    skipSpace();
                }
            }
            advance();
        } else if (c == '[') {
            advance();
            skipSpace();
            int index = 0;
            while (!atEnd() && peek() != ']' && m_found == 0) {
                const bool onPath = matched < m_target.size()
                                    && m_target.at(matched) == QStringLiteral("[%1]").arg(index);
                if (onPath)
                    value(matched + 1);
                else
                    skipValue();
                ++index;
                skipSpace();
                if (peek() == ',') {
                    advance();
                    skipSpace();
                }
            }
            advance();
        } else {
            skipValue();
        }
        --m_depth;
    }

    void skipValue()
    {
        const char c = peek();
        if (c == '"') {
            string();
            return;
        }
        if (c == '{' || c == '[') {
            int nesting = 0;
            while (!atEnd()) {
                const char d = peek();
                if (d == '"') {
                    string();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++nesting;
                else if (d == '}' || d == ']')
                    --nesting;
                advance();
                if (nesting == 0)
                    return;
            }
            return;
        }
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != '\n')
            advance();
    }
};

QList<QString> components(const QString& path)
{
    QList<QString> out;
    QString current;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'.') {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
        } else if (c == u'[') {
            if (!current.isEmpty())
                out.append(current);
            current = c;
        } else if (c == u']') {
            current.append(c);
            out.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace

int lineOfJsonPath(const QByteArray& json, const QString& path)
{
    Scanner scanner(json, components(path));
    return scanner.run();
}

void locateErrors(const QByteArray& json, FieldErrors& errors)
{
    for (FieldError& e : errors) {
        if (e.kind != FieldErrorKind::Syntax && e.line == 0)
            e.line = lineOfJsonPath(json, e.path);
    }
}

} // namespace reel
