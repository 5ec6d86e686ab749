/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Glossary Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.GlossaryTerm#getAliases <em>Aliases</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getGlossaryTerm()
 * @model annotation="https://baton.dev/format kind='term' folder='glossary'"
 * @generated
 */
public interface GlossaryTerm extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Aliases</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getGlossaryTerm_Aliases()
   * @model
   * @generated
   */
  List<String> getAliases();

} // GlossaryTerm
