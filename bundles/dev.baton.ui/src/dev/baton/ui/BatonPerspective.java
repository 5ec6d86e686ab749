package dev.baton.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.baton.ui.views.ArchitectureExplorer;
import dev.baton.ui.views.DecisionLog;
import dev.baton.ui.views.DiagramPart;
import dev.baton.ui.views.HistoryView;
import dev.baton.ui.views.TimelineView;
import dev.baton.ui.wizards.NewDecisionWizard;

/** The Baton perspective: records on the left, editors in the middle, the decision log and problems below. */
public final class BatonPerspective implements IPerspectiveFactory {

	/** The perspective's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.25f, editors);
		left.addView(ArchitectureExplorer.ID);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editors);
		bottom.addView(DecisionLog.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(DiagramPart.ID);
		layout.addShowViewShortcut(ArchitectureExplorer.ID);
		layout.addShowViewShortcut(DecisionLog.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(DiagramPart.ID);
		layout.addNewWizardShortcut(NewDecisionWizard.ID);
		// History and Timeline (git), beside the decision log
		bottom.addView(HistoryView.ID);
		bottom.addView(TimelineView.ID);
		layout.addShowViewShortcut(HistoryView.ID);
		layout.addShowViewShortcut(TimelineView.ID);
	}
}
