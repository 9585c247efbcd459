#include "Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Withsocio"));
    QCoreApplication::setApplicationName(QStringLiteral("ReelStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REELSTUDIO_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
