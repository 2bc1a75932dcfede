// SPDX-License-Identifier: GPL-3.0-or-later
// Paints Hookbench's icon (the shapes of packaging/hookbench.svg) into PNGs for the icon
// theme's fixed sizes, at build time: Debian's Qt has no SVG module here, and icon themes
// want both. Usage: hookbench-icon OUTPUT_DIR SIZE...
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cstdio>

namespace {
QImage paintIcon(int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0); // drawn in the SVG's 256-unit box
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x4e, 0x79));
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);
    QPainterPath hook;
    hook.moveTo(152, 52);
    hook.lineTo(152, 156);
    hook.arcTo(QRectF(64, 112, 88, 88), 0, -180); // the SVG's arc: radius 44 around (108, 156)
    hook.lineTo(64, 140);
    QPen pen(Qt::white, 24, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(hook);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xf5, 0xa6, 0x23));
    p.drawEllipse(QPointF(152, 52), 20, 20);
    p.setBrush(QColor(0x9c, 0xc3, 0xe6));
    p.drawRoundedRect(QRectF(48, 200, 160, 16), 8, 8);
    return image;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: hookbench-icon OUTPUT_DIR SIZE...\n");
        return 2;
    }
    const QDir out(args.at(1));
    for (int i = 2; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        const QString file = out.filePath(QStringLiteral("hookbench-%1.png").arg(size));
        if (size <= 0 || !paintIcon(size).save(file)) {
            std::fprintf(stderr, "hookbench-icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
