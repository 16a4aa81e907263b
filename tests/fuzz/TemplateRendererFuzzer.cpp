// TemplateRenderer over any template text: it renders, and what it calls unknown is what it refuses to save.
#include "FuzzCheck.h"
#include "FuzzTarget.h"
#include "services/messages/TemplateRenderer.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    gonggu::PlaceholderValues values;
    const QStringList known = gonggu::TemplateRenderer::knownPlaceholders();
    for (qsizetype i = 0; i < known.size(); ++i) // every other one has data, with braces in it to confuse
        if (i % 2 == 0)
            values.insert(known[i], QStringLiteral("{%1}}값").arg(i));

    const gonggu::RenderedText rendered = gonggu::TemplateRenderer::render(text, values);
    GONGGU_FUZZ_CHECK(rendered.unknownPlaceholders == gonggu::TemplateRenderer::unknownPlaceholders(text));
    for (const QString &written : rendered.unknownPlaceholders) // as written: "{typo}", or "{nickname" left open
        GONGGU_FUZZ_CHECK(written.startsWith(u'{') && text.contains(written));
    for (const QString &placeholder : rendered.missingPlaceholders) { // "{name}" of a known name without data
        const QString name = placeholder.sliced(1, placeholder.size() - 2);
        GONGGU_FUZZ_CHECK(gonggu::TemplateRenderer::isKnown(name) && values.value(name).isEmpty());
    }
    // Rendering is a function of its input.
    const gonggu::RenderedText again = gonggu::TemplateRenderer::render(text, values);
    GONGGU_FUZZ_CHECK(again.text == rendered.text);
    // Without an opening brace there is nothing to fill: the text stays, "}}" becoming "}".
    if (!text.contains(u'{')) {
        QString expected = text;
        GONGGU_FUZZ_CHECK(rendered.text == expected.replace(QStringLiteral("}}"), QStringLiteral("}")));
    }
    return 0;
}
