package dev.baton.ui.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.baton.ui.Messages;
import dev.baton.ui.markers.ReadinessMarkers;

/**
 * The Baton project nature: a project that holds an architecture folder gets the {@link ReadinessBuilder}. The
 * Workbench gives it to such a project when a view or editor first opens its folder ({@link #ensure}).
 */
public final class BatonNature implements IProjectNature {

	/** The nature's id in {@code plugin.xml}. */
	public static final String ID = "dev.baton.ui.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(command -> ReadinessBuilder.ID.equals(command.getBuilderName()))) {
			return;
		}
		List<ICommand> spec = new ArrayList<>(Arrays.asList(commands));
		ICommand command = description.newCommand();
		command.setBuilderName(ReadinessBuilder.ID);
		spec.add(command);
		description.setBuildSpec(spec.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !ReadinessBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
		ReadinessMarkers.deleteAll(project);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject value) {
		project = value;
	}

	/**
	 * Gives the project the Baton nature in a workspace job, unless it has it: its records are then checked by the
	 * builder in the background.
	 */
	public static void ensure(IProject project) {
		try {
			if (!project.isOpen() || project.hasNature(ID)) {
				return;
			}
		} catch (CoreException e) {
			return; // closed meanwhile
		}
		WorkspaceJob job = new WorkspaceJob(Messages.bind(Messages.Nature_adding, project.getName())) {

			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (!project.isOpen() || project.hasNature(ID)) {
					return Status.OK_STATUS;
				}
				IProjectDescription description = project.getDescription();
				String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
				natures[natures.length - 1] = ID;
				description.setNatureIds(natures);
				project.setDescription(description, monitor);
				return Status.OK_STATUS;
			}
		};
		// a nature changes the project's description: that takes the workspace root's rule
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}
}
