package dev.baton.ui.editor;

import java.util.List;

import org.eclipse.ui.PartInitException;

import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.ui.Messages;

/**
 * The decision editor: Overview (title, status, date, people, tags, links), Context, Options, Outcome and Consequences
 * (Markdown as written), and the Source the file will hold.
 */
public final class DecisionEditor extends RecordEditor {

	/** The editor's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.decisionEditor";

	@Override
	protected void addFormPages() throws PartInitException {
		if (!(session().record() instanceof Decision)) {
			super.addFormPages();
			return;
		}
		addPage(new DecisionOverviewPage(this));
		addPage(new ProsePage(this, "context", Messages.Editor_contextPage,
				List.of(BatonPackage.Literals.RECORD__DESCRIPTION, BatonPackage.Literals.DECISION__CONTEXT,
						BatonPackage.Literals.DECISION__DRIVERS)));
		addPage(new OptionsPage(this));
		addPage(new ProsePage(this, "outcome", Messages.Editor_outcomePage,
				List.of(BatonPackage.Literals.DECISION__CHOSEN_OPTION, BatonPackage.Literals.DECISION__OUTCOME,
						BatonPackage.Literals.DECISION__CONSEQUENCES, BatonPackage.Literals.DECISION__CONFIRMATION,
						BatonPackage.Literals.DECISION__MORE_INFORMATION)));
	}
}
