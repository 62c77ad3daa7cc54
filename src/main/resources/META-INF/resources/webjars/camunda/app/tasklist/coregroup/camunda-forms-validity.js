/*
 * Lets a Camunda Form with a dynamic list be submitted in Tasklist.
 *
 * Tasklist 7.24 disables "Start" / "Complete" while form-js reports errors, and it counts them
 * as the keys of form-js's error map. form-js 1.8 keeps the errors of a field inside a dynamic
 * list under the field's id and the row index, and when the row becomes valid it deletes only the
 * row's entry: the field's id stays in the map with an empty list. So after a user types into any
 * row of a dynamic list (the Core Group members of the start form), the button stays disabled
 * for good and the plan cannot be started.
 *
 * Here the Camunda Forms directive is given a controller whose "form invalid" notice is checked
 * against the errors form-js actually shows. form-js still validates every field when the form is
 * submitted, and the server checks every submission again.
 */
const angular = window.angular;

angular.module('cam.tasklist.form').config(['$provide', function ($provide) {
  $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', '$timeout', function ($delegate, $timeout) {
    const directive = $delegate[0];
    const link = directive.link;

    function linkCountingShownErrors(scope, element, attrs, formController) {
      const controller = Object.create(formController);
      controller.notifyFormValidated = function (invalid) {
        if (!invalid) {
          formController.notifyFormValidated(false);
          return;
        }
        // form-js renders its error messages after the change event: look once it has.
        $timeout(function () {
          const form = element[0].querySelector('.fjs-form');
          formController.notifyFormValidated(!form || form.querySelector('.fjs-form-field-error') !== null);
        }, 0, false);
      };
      return link.call(this, scope, element, attrs, controller);
    }

    directive.link = linkCountingShownErrors;
    directive.compile = function () {
      return linkCountingShownErrors;
    };
    return $delegate;
  }]);
}]);
