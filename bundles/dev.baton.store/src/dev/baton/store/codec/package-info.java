/**
 * The text codec of record files, for bundles that read and write records in other dialects (ADR tools, Backstage
 * catalogs): a file's text and its lines ({@link dev.baton.store.codec.SourceText}), where its YAML front matter is
 * ({@link dev.baton.store.codec.FrontMatter}) and its top-level keys with their positions
 * ({@link dev.baton.store.codec.YamlBlock}), the outline of its Markdown body
 * ({@link dev.baton.store.codec.MarkdownOutline}), the store's body sections of each kind of record
 * ({@link dev.baton.store.codec.RecordSections}, {@link dev.baton.store.codec.SectionCodec}), one YAML value written
 * for a minimal edit ({@link dev.baton.store.codec.YamlText}), whether a text is a template rather than a record
 * ({@link dev.baton.store.codec.TemplateText}), how decision files are named
 * ({@link dev.baton.store.codec.RecordNames}), references written as ids before their targets are known
 * ({@link dev.baton.store.codec.ReferenceTokens}), and reading and writing record files as the store does
 * ({@link dev.baton.store.codec.TextFiles}).
 *
 * <p>
 * Lines are 0-based here, as in the outline and the front matter; findings shown to a user are 1-based. Everything is
 * stateless or immutable and safe to use from several threads. The rest of the store's implementation
 * ({@code dev.baton.store.internal}) is not API: what another bundle needs from it belongs here.
 *
 * <p>
 * Exported as version 1.0.0 (semantic versioning: a compatible addition raises the minor version, a change that breaks
 * a caller the major one); import it with {@code Import-Package: dev.baton.store.codec;version="[1.0,2)"}.
 */
package dev.baton.store.codec;
