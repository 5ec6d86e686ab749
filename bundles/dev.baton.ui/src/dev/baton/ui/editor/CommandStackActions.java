package dev.baton.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.baton.ui.Messages;

/** Edit > Undo and Redo for an editor, on its command stack. */
final class CommandStackActions {

	private final CommandStack stack;
	private final Action undo = new Action() {
		@Override
		public void run() {
			if (before.getAsBoolean() && stack.canUndo()) {
				stack.undo();
			}
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			if (before.getAsBoolean() && stack.canRedo()) {
				stack.redo();
			}
		}
	};

	private final java.util.function.BooleanSupplier before;

	/** @param before runs first (the Source page's typed text becomes a step); false stops the action */
	CommandStackActions(CommandStack stack, java.util.function.BooleanSupplier before) {
		this.stack = stack;
		this.before = before;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
		redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
		update();
	}

	void install(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	void update() {
		undo.setEnabled(stack.canUndo());
		redo.setEnabled(stack.canRedo());
		undo.setText(Messages.bind(Messages.Editor_undo, label(stack.getUndoCommand())));
		redo.setText(Messages.bind(Messages.Editor_redo, label(stack.getRedoCommand())));
	}

	private static String label(Command command) {
		return command == null || command.getLabel() == null ? "" : command.getLabel();
	}
}
