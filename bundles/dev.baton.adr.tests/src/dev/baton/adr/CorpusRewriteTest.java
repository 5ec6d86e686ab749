package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.baton.model.Decision;
import dev.baton.model.DecisionSet;
import dev.baton.model.Section;
import dev.baton.store.DecisionFormat;

/**
 * Every imported corpus record written as a whole new file in the dialect it was read in reads back with the same
 * values: what differs is only the documented normalisations of layout.
 */
class CorpusRewriteTest {

	private static final DecisionFormat.Links LINKS = new DecisionFormat.Links() {

		@Override
		public String href(Decision from, EObject target) {
			return target.eIsProxy() || !(target instanceof Decision d) ? null : d.getId() + ".md";
		}

		@Override
		public String token(EObject target) {
			return ((InternalEObject) target).eProxyURI().fragment();
		}

		@Override
		public String written(Decision from, EObject target) {
			return null;
		}
	};

	@ParameterizedTest
	@ValueSource(strings = { "thomvaill__log4brains", "arachne-framework__architecture", "alphagov__govuk-aws",
			"eclipse-edc__Connector", "phodal__adr", "xtdb__xtdb", "structurizr__dsl", "DependencyTrack__hyades" })
	void writtenInItsDialectAndReadBack(String name) throws Exception {
		AdrImport.Report report = AdrImport.run(Corpus.set(name), Corpus.CONTEXT);
		int checked = 0;
		for (int s = 0; s < report.sets().size(); s++) {
			DecisionSet set = report.architecture().getDecisionSets().get(s);
			List<AdrImport.FileReport> files =
					report.sets().get(s).files().stream().filter(AdrImport.FileReport::imported)
							.toList();
			for (int i = 0; i < set.getDecisions().size(); i++) {
				Decision d = set.getDecisions().get(i);
				String dialect = files.get(i).dialect();
				String text = Dialects.format(dialect).write(d, null, LINKS);
				String path = dialect.equals("folder-per-record") ? d.getId() + "/README.md"
						: d.getId() + (dialect.equals("asciidoc") ? ".adoc" : ".md");
				Reading reading = Reading.of(path, text);
				Decision back = reading.decision();
				String where = name + " " + d.getId() + " as " + dialect + ":\n" + text;
				assertEquals(d.getTitle(), back.getTitle(), where);
				assertEquals(d.getNumber(), back.getNumber(), where);
				assertEquals(d.getDate(), back.getDate(), where);
				assertEquals(d.getStatus(), back.getStatus(), where);
				assertEquals(d.getDecisionMakers(), back.getDecisionMakers(), where);
				assertEquals(d.getTags(), back.getTags(), where);
				assertEquals(d.getContext(), back.getContext(), where);
				assertEquals(d.getOutcome(), back.getOutcome(), where);
				assertEquals(d.getConsequences(), back.getConsequences(), where);
				assertEquals(d.getSections().stream().map(Section::getHeading).toList(),
						back.getSections().stream().map(Section::getHeading).toList(), where);
				assertEquals(d.getSections().stream().map(Section::getBody).toList(),
						back.getSections().stream().map(Section::getBody).toList(), where);
				// links said in prose are found in the prose again
				assertEquals(d.getLinks().size() + d.getStatedSupersededBy().size(), reading.references.size(), where);
				checked++;
			}
		}
		assertEquals(report.imported(), checked);
		Objects.requireNonNull(report);
	}
}
