package dev.baton.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which qualified type names are imported, which stay (a clash), and where the imports go. */
class QualifiedNamesTest {

	private final QualifiedNames names = new QualifiedNames(new Packages(
			Set.of("java.util", "java.awt", "java.util.logging", "dev.baton.model", "dev.baton.other",
					"dev.baton.store"),
			Map.of("dev.baton.store", Set.of("Kinds", "Section"))));

	@Test
	void importsTheTypesAndSortsTheImportsIntoTheirGroups() {
		String source = """
				package dev.baton.store;

				import java.util.List;

				import org.eclipse.emf.common.util.Monitor;

				class A {
					List<String> list(Monitor monitor) {
						java.util.Map<String, String> map = new java.util.HashMap<>();
						dev.baton.model.Decision decision = null;
						return java.util.List.of();
					}
				}
				""";
		assertEquals("""
				package dev.baton.store;

				import java.util.HashMap;
				import java.util.List;
				import java.util.Map;

				import org.eclipse.emf.common.util.Monitor;

				import dev.baton.model.Decision;

				class A {
					List<String> list(Monitor monitor) {
						Map<String, String> map = new HashMap<>();
						Decision decision = null;
						return List.of();
					}
				}
				""", names.shorten(source));
	}

	@Test
	void aFileWithoutImportsGetsThemAfterThePackage() {
		assertEquals("""
				package dev.baton.store;

				import java.util.Set;

				class A {
					Object o = Set.of();
				}
				""", names.shorten("""
				package dev.baton.store;

				class A {
					Object o = java.util.Set.of();
				}
				"""));
	}

	@Test
	void aMemberTypeKeepsItsOuterTypeAndATypeOfTheSamePackageNeedsNoImport() {
		assertEquals("""
				package dev.baton.store;

				import java.util.Map;

				class A {
					void f(Map.Entry<String, String> entry) {
						Kinds.of(entry);
					}
				}
				""", names.shorten("""
				package dev.baton.store;

				class A {
					void f(java.util.Map.Entry<String, String> entry) {
						dev.baton.store.Kinds.of(entry);
					}
				}
				"""));
	}

	@Test
	void clashesStayQualified() {
		String source = """
				package dev.baton.store;

				import java.util.logging.*;

				import dev.baton.other.Decision;

				class A<T> {
					static class Nested {
					}

					void f(Level level, Decision other) {
						dev.baton.model.Decision imported = null;
						dev.baton.model.Nested declared = null;
						dev.baton.model.T typeParameter = null;
						dev.baton.model.Section samePackage = null;
						dev.baton.model.Record javaLang = null;
						dev.baton.model.Level usedUnqualified = null;
						java.util.List<String> first = null;
						java.awt.List second = null;
					}
				}
				""";
		String shortened = names.shorten(source);
		List<QualifiedNames.Occurrence> left = names.find(shortened);
		assertEquals(List.of("dev.baton.model.Decision", "dev.baton.model.Nested", "dev.baton.model.T",
				"dev.baton.model.Section", "dev.baton.model.Record", "dev.baton.model.Level", "java.awt.List"),
				left.stream().map(QualifiedNames.Occurrence::qualifiedName).toList());
		assertTrue(left.stream().noneMatch(QualifiedNames.Occurrence::importable));
		assertTrue(shortened.contains("\t\tList<String> first = null;\n"), shortened);
		assertTrue(shortened.contains("import java.util.List;\nimport java.util.logging.*;\n"), shortened);
	}

	@Test
	void namesThatAreNotTypesAreLeftAlone() {
		String source = """
				package dev.baton.store;

				/** See {@link java.util.List}. */
				class A {
					Object f(Config java, Object config) {
						foo.bar.Baz.run();
						return java.util.Size + config.DEFAULT;
					}
				}
				""";
		assertEquals(List.of(), names.find(source));
		assertEquals(source, names.shorten(source));
	}

	@Test
	void occurrencesNameTheirLine() {
		List<QualifiedNames.Occurrence> found = names.find("""
				package dev.baton.store;

				class A {
					Object o = java.util.Set.of();
					Object p = dev.baton.model.Record.class;
				}
				""");
		assertEquals(2, found.size());
		assertEquals(4, found.get(0).line());
		assertTrue(found.get(0).importable());
		assertEquals(5, found.get(1).line());
		assertFalse(found.get(1).importable(), "java.lang.Record clashes");
	}
}
