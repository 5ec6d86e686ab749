package dev.baton.validation.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.osgi.service.component.annotations.Component;

import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.Severity;
import dev.baton.api.annotations.ReadinessRuleService;
import dev.baton.model.Architecture;
import dev.baton.model.DecisionLink;
import dev.baton.model.LinkType;
import dev.baton.model.Record;

/**
 * No reference names an id that does not exist. The store keeps such a reference as an EMF proxy
 * ({@code baton:/unresolved#id}) so nothing is lost; this rule reports each one.
 */
@Component(service = ReadinessRule.class)
@ReadinessRuleService(id = "unresolved-reference", label = "Every referenced id exists", severity = Severity.WARNING)
public final class UnresolvedReferenceRule extends RuleSupport<Record> {

	@Override
	public List<Record> subjects(Architecture architecture, RunContext context) {
		return Records.all(architecture);
	}

	@Override
	protected void check(Record record, RunContext context, Report report) {
		List<EObject> holders = new ArrayList<>();
		holders.add(record);
		record.eAllContents().forEachRemaining(holders::add);
		for (EObject holder : holders) {
			for (EReference reference : holder.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isDerived() || reference.isTransient()) {
					continue;
				}
				Object value = holder.eGet(reference, false);
				Collection<?> targets =
						value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
				for (Object target : targets) {
					if (unresolved((EObject) target)) {
						String key = key(holder, reference);
						report.add(record, key, name(record) + " refers to '" + idOf((EObject) target) + "' in '" + key
								+ "', which does not exist: fix the id, or add the record it means");
					}
				}
			}
		}
	}

	/** The front matter key of a reference (a decision link's: its type). */
	private static String key(EObject holder, EReference reference) {
		if (holder instanceof DecisionLink link) {
			return link.getType() == LinkType.CUSTOM || link.getType() == null ? "links" : link.getType().getLiteral();
		}
		return FormatKeys.key(reference);
	}
}
