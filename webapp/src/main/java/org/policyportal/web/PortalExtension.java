package org.policyportal.web;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.policyportal.metadata.Countries;
import org.policyportal.metadata.Languages;

/**
 * Template helpers:
 * <ul>
 *   <li>{@code countryName}, {@code languageName}: code to English name;</li>
 *   <li>{@code markOnly}: marks search-service snippet HTML safe after neutralising every tag except
 *       {@code <mark>}: the one place where markup from outside a template reaches the page;</li>
 *   <li>{@code href(url)}: keeps projector mode ({@code large=1}) in a link;</li>
 *   <li>{@code urlencode} is Pebble's own.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class PortalExtension extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "countryName", filter(v -> Countries.name(v == null ? null : v.toString())),
                "languageName", filter(v -> Languages.name(v == null ? null : v.toString())),
                "markOnly", filter(v -> new SafeString(SnippetHtml.markOnly(v == null ? "" : v.toString()))));
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("href", new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                  int line) {
                Object url = args.get("url");
                return Links.keepLarge(url == null ? "" : url.toString(),
                        Boolean.TRUE.equals(context.getVariable("large")));
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of("url");
            }
        });
    }

    private static Filter filter(java.util.function.Function<Object, Object> f) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                                EvaluationContext context, int line) {
                return f.apply(input);
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        };
    }
}
