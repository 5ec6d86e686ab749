package dev.baton.store;

import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;

/**
 * Typed links between decisions as {@code baton link}, {@code baton supersede}, {@code baton new -s} and the Supersede
 * wizard make them.
 */
public final class DecisionLinks {

	private DecisionLinks() {
	}

	/**
	 * Adds a typed link from one decision to another. A supersession also marks the target superseded and states the
	 * inverse in it, as adr-tools does in both files.
	 *
	 * @param customType the link's word when {@code type} is {@link LinkType#CUSTOM}
	 * @return false when the link was there already
	 */
	public static boolean link(Decision from, LinkType type, String customType, Decision to) {
		for (DecisionLink link : from.getLinks()) {
			if (link.getTarget() == to && link.getType() == type
					&& (type != LinkType.CUSTOM || customType.equals(link.getCustomType()))) {
				return false;
			}
		}
		DecisionLink link = BatonFactory.eINSTANCE.createDecisionLink();
		link.setType(type);
		if (type == LinkType.CUSTOM) {
			link.setCustomType(customType);
		}
		link.setTarget(to);
		from.getLinks().add(link);
		if (type == LinkType.SUPERSEDES) {
			to.setStatus(DecisionStatus.SUPERSEDED);
			to.setStatusText(DecisionStatus.SUPERSEDED.getLiteral());
			if (!to.getStatedSupersededBy().contains(from)) {
				to.getStatedSupersededBy().add(from);
			}
		}
		return true;
	}
}
