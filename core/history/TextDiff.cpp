// Word diff for comparing script versions. Myers' O((N+M)·D) algorithm in linear space (the
// middle-snake bisection, as in diff-match-patch), on token ids, after trimming the common prefix
// and suffix: two versions of a few thousand words that differ in a few places cost little, and
// even two unrelated texts need only O(N+M) memory. Hand-written: Debian packages no C++ library
// for this.

#include "history/TextDiff.h"

#include <QHash>

#include <utility>
#include <vector>

namespace reel::history {

namespace {

using Op = DiffSpan::Op;

bool isUnspacedScript(char32_t c)
{
    // Japanese and Chinese are written without spaces: each character is a token there, so a
    // changed word does not mark the whole sentence as changed.
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

/// Tokens: a word with the whitespace after it (leading whitespace of the text is a token of
/// its own), or a single CJK character with the whitespace after it.
QStringList tokenize(const QString& text)
{
    QStringList tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto codePointAt = [&](qsizetype at, qsizetype& size) -> char32_t {
        const QChar c = text.at(at);
        if (c.isHighSurrogate() && at + 1 < n && text.at(at + 1).isLowSurrogate()) {
            size = 2;
            return QChar::surrogateToUcs4(c, text.at(at + 1));
        }
        size = 1;
        return c.unicode();
    };
    const auto skipSpace = [&](qsizetype at) {
        while (at < n && text.at(at).isSpace())
            ++at;
        return at;
    };
    if (n > 0 && text.at(0).isSpace()) {
        i = skipSpace(0);
        tokens.append(text.left(i));
    }
    while (i < n) {
        const qsizetype start = i;
        qsizetype size = 1;
        const char32_t first = codePointAt(i, size);
        i += size;
        if (!isUnspacedScript(first)) {
            while (i < n && !text.at(i).isSpace()) {
                if (isUnspacedScript(codePointAt(i, size)))
                    break;
                i += size;
            }
        }
        i = skipSpace(i);
        tokens.append(text.mid(start, i - start));
    }
    return tokens;
}

class Differ
{
public:
    Differ(std::vector<int> a, std::vector<int> b)
        : m_a(std::move(a))
        , m_b(std::move(b))
    {}

    /// One op per token: Equal and Removed consume `a`, Equal and Added consume `b`.
    std::vector<Op> run()
    {
        diff(0, static_cast<int>(m_a.size()), 0, static_cast<int>(m_b.size()));
        return std::move(m_ops);
    }

private:
    std::vector<int> m_a;
    std::vector<int> m_b;
    std::vector<Op> m_ops;

    void push(Op op, int count) { m_ops.insert(m_ops.end(), static_cast<std::size_t>(count), op); }

    void diff(int a0, int a1, int b0, int b1)
    {
        int prefix = 0;
        while (a0 + prefix < a1 && b0 + prefix < b1 && m_a[a0 + prefix] == m_b[b0 + prefix])
            ++prefix;
        push(Op::Equal, prefix);
        a0 += prefix;
        b0 += prefix;
        int suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0 && m_a[a1 - suffix - 1] == m_b[b1 - suffix - 1])
            ++suffix;
        a1 -= suffix;
        b1 -= suffix;

        if (a0 == a1)
            push(Op::Added, b1 - b0);
        else if (b0 == b1)
            push(Op::Removed, a1 - a0);
        else
            bisect(a0, a1, b0, b1);
        push(Op::Equal, suffix);
    }

    // Finds the middle snake of the edit graph of a[a0,a1) and b[b0,b1), then diffs both halves.
    void bisect(int a0, int a1, int b0, int b1)
    {
        const int n = a1 - a0;
        const int m = b1 - b0;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD;
        const int length = 2 * maxD + 2;
        std::vector<int> v1(static_cast<std::size_t>(length), -1);
        std::vector<int> v2(static_cast<std::size_t>(length), -1);
        v1[static_cast<std::size_t>(offset + 1)] = 0;
        v2[static_cast<std::size_t>(offset + 1)] = 0;
        const int delta = n - m;
        const bool front = delta % 2 != 0; // odd: the forward path meets the reverse one
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        const auto at = [](std::vector<int>& v, int i) -> int& { return v[static_cast<std::size_t>(i)]; };

        for (int d = 0; d < maxD; ++d) {
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1Offset = offset + k1;
                int x1 = (k1 == -d || (k1 != d && at(v1, k1Offset - 1) < at(v1, k1Offset + 1)))
                                 ? at(v1, k1Offset + 1)
                                 : at(v1, k1Offset - 1) + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && m_a[a0 + x1] == m_b[b0 + y1]) {
                    ++x1;
                    ++y1;
                }
                at(v1, k1Offset) = x1;
                if (x1 > n) {
                    k1end += 2; // ran off the right of the graph
                } else if (y1 > m) {
                    k1start += 2; // ran off the bottom
                } else if (front) {
                    const int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && at(v2, k2Offset) != -1 && x1 >= n - at(v2, k2Offset)) {
                        split(a0, a1, b0, b1, x1, y1);
                        return;
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2Offset = offset + k2;
                int x2 = (k2 == -d || (k2 != d && at(v2, k2Offset - 1) < at(v2, k2Offset + 1)))
                                 ? at(v2, k2Offset + 1)
                                 : at(v2, k2Offset - 1) + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && m_a[a1 - x2 - 1] == m_b[b1 - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                at(v2, k2Offset) = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && at(v1, k1Offset) != -1) {
                        const int x1 = at(v1, k1Offset);
                        const int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            split(a0, a1, b0, b1, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        // No common token at all.
        push(Op::Removed, n);
        push(Op::Added, m);
    }

    void split(int a0, int a1, int b0, int b1, int x, int y)
    {
        diff(a0, a0 + x, b0, b0 + y);
        diff(a0 + x, a1, b0 + y, b1);
    }
};

} // namespace

QList<DiffSpan> diffWords(const QString& before, const QString& after)
{
    const QStringList oldTokens = tokenize(before);
    const QStringList newTokens = tokenize(after);
    QHash<QString, int> ids;
    const auto idsOf = [&](const QStringList& tokens) {
        std::vector<int> out;
        out.reserve(static_cast<std::size_t>(tokens.size()));
        for (const QString& t : tokens) {
            auto it = ids.constFind(t);
            if (it == ids.constEnd())
                it = ids.insert(t, static_cast<int>(ids.size()));
            out.push_back(*it);
        }
        return out;
    };
    std::vector<int> a = idsOf(oldTokens);
    std::vector<int> b = idsOf(newTokens);
    const std::vector<Op> ops = Differ(std::move(a), std::move(b)).run();

    // Between two equal runs, everything removed comes first as one span, then everything added.
    QList<DiffSpan> spans;
    QString equal, removed, added;
    const auto flushChange = [&] {
        if (!removed.isEmpty())
            spans.append({Op::Removed, std::exchange(removed, {})});
        if (!added.isEmpty())
            spans.append({Op::Added, std::exchange(added, {})});
    };
    qsizetype i = 0, j = 0;
    for (const Op op : ops) {
        switch (op) {
        case Op::Equal:
            flushChange();
            equal += oldTokens.at(i++);
            ++j;
            break;
        case Op::Removed:
            if (!equal.isEmpty())
                spans.append({Op::Equal, std::exchange(equal, {})});
            removed += oldTokens.at(i++);
            break;
        case Op::Added:
            if (!equal.isEmpty())
                spans.append({Op::Equal, std::exchange(equal, {})});
            added += newTokens.at(j++);
            break;
        }
    }
    if (!equal.isEmpty())
        spans.append({Op::Equal, equal});
    flushChange();
    return spans;
}

} // namespace reel::history
